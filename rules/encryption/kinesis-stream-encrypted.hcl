rule "kinesis-stream-encrypted" {
  id       = "ENC021"
  title    = "Kinesis data streams encrypt records at rest"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_kinesis_stream"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # encryption_type defaults to "NONE": Kinesis Data Streams stores records unencrypted unless
  # server-side encryption is asked for. "KMS" with kms_key_id = "alias/aws/kinesis" (the AWS
  # managed key) passes.
  assert   = self.encryption_type != null && upper(self.encryption_type) == "KMS"
  location = "encryption_type"

  message     = "the stream does not use server-side encryption (encryption_type is not \"KMS\")"
  remediation = "Set encryption_type = \"KMS\" and kms_key_id (\"alias/aws/kinesis\" or a customer managed key). It can be enabled on an existing stream; records written before stay unencrypted until they expire."
  why         = <<-EOT
    A stream retains every record for its retention period, from a day up to a year, and
    records are often raw events, clickstreams or change data with personal data. Kinesis
    Data Streams does not encrypt them at rest unless server-side encryption is turned on.
  EOT
}
