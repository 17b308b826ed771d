rule "firehose-delivery-stream-encrypted" {
  id       = "ENC022"
  title    = "Firehose streams that accept direct writes encrypt data at rest"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_kinesis_firehose_delivery_stream"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Server-side encryption applies only to Direct PUT streams. A stream reading from a Kinesis
  # data stream or an MSK topic cannot enable it: the data rests encrypted (or not) in the
  # source, judged by that source's rule. Encryption at the destination (S3, Redshift...) is
  # configured on the destination.
  assert = (
    self.kinesis_source_configuration != null ||
    self.msk_source_configuration != null ||
    (self.server_side_encryption != null && anytrue([
      for s in self.server_side_encryption : s.enabled == true
    ]))
  )
  location = "server_side_encryption.enabled"

  message     = "the Direct PUT delivery stream does not enable server-side encryption"
  remediation = "Add server_side_encryption { enabled = true } (key_type = \"CUSTOMER_MANAGED_CMK\" with key_arn for a customer managed key)."
  why         = <<-EOT
    Firehose buffers records, for up to minutes or, when a destination is unavailable, up to a
    day, before delivering them. For streams that receive records directly, that buffered data
    is encrypted at rest only when server-side encryption is enabled.
  EOT
}
