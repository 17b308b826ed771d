variable "tls_policy" {
  type    = string
  default = "Policy-Min-TLS-1-0-2019-07"
}

# No endpoint options: the service's default policy accepts TLS 1.0.
resource "aws_opensearch_domain" "no_endpoint_options" { # expect: opensearch-https-required
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "http_allowed" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options { # expect: opensearch-https-required
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "old_tls_from_variable" {
  domain_name    = "orders"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options { # expect: opensearch-https-required
    enforce_https       = true
    tls_security_policy = var.tls_policy
  }
}

# HTTPS enforced (the default) but no TLS policy chosen.
resource "aws_elasticsearch_domain" "policy_unset" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  domain_endpoint_options { # expect: opensearch-https-required
    enforce_https = true
  }
}
