variable "unknown_policy" {
  type = string
}

resource "aws_api_gateway_domain_name" "tls12" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "enhanced" {
  domain_name              = "pq.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  security_policy          = "SecurityPolicy_TLS13_1_2_2021_06"
  endpoint_access_mode     = "STRICT"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# Private custom domains support only TLS 1.2.
resource "aws_api_gateway_domain_name" "private" {
  domain_name     = "internal.example.com"
  certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_domain_name" "unknown" {
  domain_name              = "unknown.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  security_policy          = var.unknown_policy

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# HTTP/WebSocket API domains: security_policy is required and only TLS_1_2 exists.
resource "aws_apigatewayv2_domain_name" "http_api" {
  domain_name = "ws.example.com"

  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}
