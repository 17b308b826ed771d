resource "aws_vpc" "logged" {
  cidr_block = "10.10.0.0/16"
}

resource "aws_route53_resolver_query_log_config" "main" {
  name            = "main"
  destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/dns/queries"
}

resource "aws_route53_resolver_query_log_config_association" "logged" {
  resolver_query_log_config_id = aws_route53_resolver_query_log_config.main.id
  resource_id                  = aws_vpc.logged.id
}

resource "aws_vpc" "per_env" {
  for_each   = { prod = "10.20.0.0/16", staging = "10.30.0.0/16" }
  cidr_block = each.value
}

resource "aws_route53_resolver_query_log_config_association" "per_env" {
  for_each                     = aws_vpc.per_env
  resolver_query_log_config_id = aws_route53_resolver_query_log_config.main.id
  resource_id                  = each.value.id
}
