rule "firehose-encrypted-with-cmk" {
  id       = "ENC080"
  title    = "Firehose delivery streams encrypt with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_kinesis_firehose_delivery_stream"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only streams with server-side encryption enabled are judged (the others are ENC022's). key_type
  # defaults to AWS_OWNED_CMK.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = !anytrue([for s in coalesce(self.server_side_encryption, []) : s.enabled == true]) || anytrue([
    for s in self.server_side_encryption :
    upper(coalesce(s.key_type, "AWS_OWNED_CMK")) == "CUSTOMER_MANAGED_CMK" && (is_set(s.key_arn) && !(is_known(s.key_arn) && (startswith(s.key_arn, "alias/aws/") || strcontains(s.key_arn, ":alias/aws/"))))
  ])
  location = "server_side_encryption"

  message     = "the delivery stream encrypts with an AWS owned key, not a customer managed key"
  remediation = "Set server_side_encryption { enabled = true, key_type = \"CUSTOMER_MANAGED_CMK\", key_arn = <key ARN> }."
  why         = <<-EOT
    Firehose buffers records before delivery. With server-side encryption on, they are encrypted
    with an AWS owned key unless key_type asks for a customer managed key, which the account can
    audit and revoke. Policy-dependent: preset "all".
  EOT
}
