variable "tls_policy" {
  type    = string
  default = "Policy-Min-TLS-1-2-2019-07"
}

resource "aws_cloudsearch_domain" "catalogue" {
  name = "catalogue"
  endpoint_options {
    enforce_https       = true
    tls_security_policy = var.tls_policy
  }
}

variable "enforce_https" {
  type = bool
}

resource "aws_cloudsearch_domain" "unknown" {
  name = "unknown"
  endpoint_options {
    enforce_https       = var.enforce_https
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
