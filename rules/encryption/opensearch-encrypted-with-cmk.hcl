rule "opensearch-encrypted-with-cmk" {
  id       = "ENC071"
  title    = "OpenSearch domains encrypt at rest with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only domains with encryption at rest enabled are judged (the others are ENC020's). Without
  # kms_key_id the domain uses the AWS managed key aws/es.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = !anytrue([for e in coalesce(self.encrypt_at_rest, []) : e.enabled == true]) || anytrue([
    for e in self.encrypt_at_rest : (is_set(e.kms_key_id) && !(is_known(e.kms_key_id) && (startswith(e.kms_key_id, "alias/aws/") || strcontains(e.kms_key_id, ":alias/aws/"))))
  ])
  location = "encrypt_at_rest"

  message     = "the domain encrypts at rest with the AWS managed key aws/es, not a customer managed key"
  remediation = "Set encrypt_at_rest { enabled = true, kms_key_id = <customer managed key ARN> }. The key can only be chosen when the domain is created."
  why         = <<-EOT
    OpenSearch encrypts indices, logs, swap and snapshots with the AWS managed key aws/es unless
    encrypt_at_rest names another key. A customer managed key puts the search data under a key
    policy the account controls. Policy-dependent: preset "all".
  EOT
}
