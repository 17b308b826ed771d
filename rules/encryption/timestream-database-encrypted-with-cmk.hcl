rule "timestream-database-encrypted-with-cmk" {
  id       = "ENC082"
  title    = "Timestream databases are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_timestreamwrite_database"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Timestream always encrypts, with the AWS managed key alias/aws/timestream unless kms_key_id
  # names another.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/"))))
  location = "kms_key_id"

  message     = "the database is encrypted with the AWS managed key alias/aws/timestream"
  remediation = "Set kms_key_id to a customer managed KMS key."
  why         = <<-EOT
    Timestream encrypts all data at rest with the AWS managed key alias/aws/timestream unless
    kms_key_id names another. A customer managed key puts the time series under a key policy the
    account controls. Policy-dependent: preset "all".
  EOT
}
