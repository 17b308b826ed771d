resource "aws_opensearch_domain" "search" { # expect: opensearch-domain-encrypted-at-rest
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "off" {
  domain_name = "off"
  encrypt_at_rest {
    enabled = false # expect: opensearch-domain-encrypted-at-rest
  }
}

resource "aws_elasticsearch_domain" "legacy" { # expect: opensearch-domain-encrypted-at-rest
  domain_name           = "legacy"
  elasticsearch_version = "7.10"
}

variable "encrypt_logs_domain" {
  type    = bool
  default = false
}

resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"
  dynamic "encrypt_at_rest" {
    for_each = [var.encrypt_logs_domain]
    content {
      enabled = encrypt_at_rest.value # expect: opensearch-domain-encrypted-at-rest
    }
  }
}
