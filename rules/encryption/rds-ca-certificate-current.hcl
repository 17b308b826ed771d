rule "rds-ca-certificate-current" {
  id       = "ENC065"
  title    = "RDS and DocumentDB instances do not use an expired certificate authority"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_db_instance", "aws_rds_cluster_instance", "aws_rds_cluster", "aws_docdb_cluster_instance"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Instances name their CA in ca_cert_identifier, Multi-AZ DB clusters in
  # ca_certificate_identifier. rds-ca-2015 expired in March 2020 and rds-ca-2019 on 22 August
  # 2024; unset means the current regional default (rds-ca-rsa2048-g1), which passes.
  assert   = !contains(["rds-ca-2015", "rds-ca-2019"], lower(coalesce(try(self.ca_cert_identifier, null), try(self.ca_certificate_identifier, null), "default")))
  location = "ca_cert_identifier"

  message     = "the database names an expired certificate authority (rds-ca-2015 or rds-ca-2019)"
  remediation = "Set ca_cert_identifier (ca_certificate_identifier on a Multi-AZ DB cluster) to rds-ca-rsa2048-g1, rds-ca-rsa4096-g1 or rds-ca-ecc384-g1, after adding the new CA bundle to the clients' trust stores."
  why         = <<-EOT
    The server certificate of an RDS or DocumentDB database is signed by the CA named here.
    Once that CA has expired, clients that verify the certificate (as they must for TLS to
    protect against interception) fail to connect, which pushes teams to switch verification
    off. Pinning an expired CA in code also undoes AWS's rotation on every apply.
  EOT
}
