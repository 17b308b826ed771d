rule "emr-security-configuration-encrypts-at-rest" {
  id       = "ENC028"
  title    = "EMR security configurations enable encryption at rest"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_emr_security_configuration"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # The configuration is a JSON document. At-rest encryption covers EMRFS data in S3 and the
  # cluster's local disks (instance store and EBS); it is off unless EnableAtRestEncryption is
  # true and AtRestEncryptionConfiguration describes at least local disk encryption. A
  # document known only after apply is undecided; one that is not JSON is a finding.
  assert = try(
    decoded("configuration").EncryptionConfiguration.EnableAtRestEncryption == true &&
    can(decoded("configuration").EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType),
    false
  )
  location = "configuration"

  message     = "the security configuration does not enable at-rest encryption for local disks"
  remediation = "In the configuration JSON set EncryptionConfiguration.EnableAtRestEncryption = true and describe LocalDiskEncryptionConfiguration (and S3EncryptionConfiguration) under AtRestEncryptionConfiguration."
  why         = <<-EOT
    EMR clusters spill intermediate data, shuffle files and HDFS blocks to local disks. Those
    disks are encrypted only when the security configuration asks for it; otherwise the
    working copies of whatever the cluster processes are stored in clear on its instances.
  EOT
}
