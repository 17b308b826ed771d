resource "aws_opensearch_domain" "encrypted" {
  domain_name    = "encrypted"
  engine_version = "OpenSearch_2.13"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_elasticsearch_domain" "legacy_passing" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"
  encrypt_at_rest {
    enabled = true
  }
}

variable "encrypt" {
  type = bool
}

resource "aws_opensearch_domain" "unknown" {
  domain_name = "unknown"
  encrypt_at_rest {
    enabled = var.encrypt
  }
}
