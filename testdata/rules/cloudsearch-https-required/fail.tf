resource "aws_cloudsearch_domain" "no_options" { # expect: cloudsearch-https-required
  name = "no-options"
}

resource "aws_cloudsearch_domain" "https_tls10" {
  name = "https-tls10"
  endpoint_options { # expect: cloudsearch-https-required
    enforce_https = true
  }
}

resource "aws_cloudsearch_domain" "http_allowed" {
  name = "http-allowed"
  endpoint_options { # expect: cloudsearch-https-required
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
