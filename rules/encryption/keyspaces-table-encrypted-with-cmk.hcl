rule "keyspaces-table-encrypted-with-cmk" {
  id       = "ENC084"
  title    = "Keyspaces tables are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_keyspaces_table"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Keyspaces always encrypts; encryption_specification.type defaults to AWS_OWNED_KMS_KEY.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = anytrue([
    for e in coalesce(self.encryption_specification, []) :
    upper(coalesce(e.type, "AWS_OWNED_KMS_KEY")) == "CUSTOMER_MANAGED_KMS_KEY" && (is_set(e.kms_key_identifier) && !(is_known(e.kms_key_identifier) && (startswith(e.kms_key_identifier, "alias/aws/") || strcontains(e.kms_key_identifier, ":alias/aws/"))))
  ])
  location = "encryption_specification"

  message     = "the table is encrypted with an AWS owned key, not a customer managed key"
  remediation = "Add encryption_specification { type = \"CUSTOMER_MANAGED_KMS_KEY\", kms_key_identifier = <key ARN> }."
  why         = <<-EOT
    Amazon Keyspaces encrypts tables at rest with an AWS owned key unless the table asks for a
    customer managed one, which the account can audit in CloudTrail and revoke. Policy-dependent:
    preset "all".
  EOT
}
