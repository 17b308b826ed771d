resource "aws_vpc" "unlogged" { # expect: vpc-resolver-query-logging
  cidr_block = "10.0.0.0/16"
}

# The configuration exists but is associated with another VPC.
resource "aws_vpc" "neighbour" { # expect: vpc-resolver-query-logging
  cidr_block = "10.1.0.0/16"
}

resource "aws_route53_resolver_query_log_config" "shared" {
  name            = "shared"
  destination_arn = "arn:aws:s3:::dns-query-logs"
}

resource "aws_route53_resolver_query_log_config_association" "other" {
  resolver_query_log_config_id = aws_route53_resolver_query_log_config.shared.id
  resource_id                  = "vpc-0a1b2c3d4e5f"
}
