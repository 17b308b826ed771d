resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"
  encrypt_at_rest { # expect: opensearch-encrypted-with-cmk
    enabled = true
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  encrypt_at_rest { # expect: opensearch-encrypted-with-cmk
    enabled    = true
    kms_key_id = "alias/aws/es"
  }
}
