variable "tls_policy" {
  type    = string
  default = "TLS_1_0"
}

resource "aws_api_gateway_domain_name" "tls10" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  security_policy          = "TLS_1_0" # expect: api-gateway-domain-tls-current

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# Edge-optimised (the default endpoint type) without a policy.
resource "aws_api_gateway_domain_name" "edge_unset" { # expect: api-gateway-domain-tls-current
  domain_name     = "edge.example.com"
  certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/abcd"
}

resource "aws_api_gateway_domain_name" "from_variable" {
  for_each                 = toset(["a.example.com", "b.example.com"])
  domain_name              = each.key
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  security_policy          = var.tls_policy # expect: api-gateway-domain-tls-current

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
