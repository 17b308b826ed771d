rule "opensearch-domain-encrypted-at-rest" {
  id       = "ENC020"
  title    = "OpenSearch and Elasticsearch domains encrypt data at rest"
  family   = "encryption"
  severity = "high"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Without an encrypt_at_rest block, or with enabled = false, the service creates the domain
  # unencrypted (the API default). Fine-grained access control requires encryption at rest,
  # but the provider does not turn it on by itself.
  assert = self.encrypt_at_rest != null && anytrue([
    for e in self.encrypt_at_rest : e.enabled == true
  ])
  location = "encrypt_at_rest.enabled"

  message     = "the domain does not enable encryption at rest (encrypt_at_rest.enabled)"
  remediation = "Add encrypt_at_rest { enabled = true } (optionally with kms_key_id). On a domain created without it, enabling it once is possible for recent engine versions; older domains must be recreated."
  why         = <<-EOT
    Search domains index copies of application data, logs and documents so they can be
    queried, which makes them a concentrated store of often sensitive text. Encryption at rest
    covers the indices, swap files, logs and automated snapshots; without it all of these are
    stored in clear.
  EOT
}
