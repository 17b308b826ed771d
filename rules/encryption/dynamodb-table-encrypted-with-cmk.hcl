rule "dynamodb-table-encrypted-with-cmk" {
  id       = "ENC029"
  title    = "DynamoDB tables are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_dynamodb_table"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Always encrypted at rest; this asks only for the customer managed key. enabled = true
  # without kms_key_arn means the AWS managed key aws/dynamodb.
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = self.server_side_encryption != null && anytrue([
    for s in self.server_side_encryption : s.enabled == true && (is_set(s.kms_key_arn) && !(is_known(s.kms_key_arn) && (startswith(s.kms_key_arn, "alias/aws/") || strcontains(s.kms_key_arn, ":alias/aws/"))))
  ])
  location = "server_side_encryption"

  message     = "the table is encrypted with a key AWS owns or manages, not a customer managed key"
  remediation = "Add server_side_encryption { enabled = true, kms_key_arn = <customer managed key ARN> } (replicas take their own kms_key_arn)."
  why         = <<-EOT
    DynamoDB encrypts every table at rest: with a key DynamoDB owns unless server-side
    encryption names another. With enabled = true and no key it uses the AWS managed key
    aws/dynamodb. Only a customer managed key lets the key policy decide, separately from
    table permissions, who can read the data, logs each use in CloudTrail, and lets the data
    be made unreadable by disabling the key. That is a policy choice, hence preset "all".
  EOT
}
