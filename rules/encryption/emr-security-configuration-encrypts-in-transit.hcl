rule "emr-security-configuration-encrypts-in-transit" {
  id       = "ENC062"
  title    = "EMR security configurations encrypt data in transit"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_emr_security_configuration"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # The configuration is JSON (jsonencode or a heredoc). EnableInTransitEncryption defaults to
  # false; a configuration that is not JSON, or has no EncryptionConfiguration, fails like the
  # at-rest rule (ENC028). An unknown configuration is undecided.
  assert   = try(
    jsondecode(self.configuration).EncryptionConfiguration.EnableInTransitEncryption == true,
    false
  )
  location = "configuration"

  message     = "the EMR security configuration does not enable in-transit encryption"
  remediation = "Set EncryptionConfiguration.EnableInTransitEncryption = true with an InTransitEncryptionConfiguration (TLS certificate provider) in the configuration JSON, and attach the security configuration to the clusters."
  why         = <<-EOT
    EMR clusters move data between nodes (shuffle, HDFS block transfer, Spark RPC) and to S3 and
    other stores. Without in-transit encryption in the security configuration, traffic inside
    the cluster is plaintext on the VPC network. Security configurations are how EMR applies
    encryption, so the one a cluster uses is the evidence an auditor asks for.
  EOT
}
