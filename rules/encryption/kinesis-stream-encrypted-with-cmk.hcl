rule "kinesis-stream-encrypted-with-cmk" {
  id       = "ENC072"
  title    = "Kinesis data streams are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_kinesis_stream"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only KMS-encrypted streams are judged (unencrypted ones are ENC021's). kms_key_id is required
  # with KMS and is very often the AWS managed alias/aws/kinesis.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = upper(coalesce(self.encryption_type, "NONE")) != "KMS" || (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/"))))
  location = "kms_key_id"

  message     = "the stream is encrypted with the AWS managed key alias/aws/kinesis, not a customer managed key"
  remediation = "Set kms_key_id to a customer managed KMS key."
  why         = <<-EOT
    With encryption_type KMS, records are encrypted with the key kms_key_id names, most often the
    AWS managed alias/aws/kinesis, whose policy the account cannot narrow. A customer managed key
    adds a separately granted permission to read the stream. Policy-dependent: preset "all".
  EOT
}
