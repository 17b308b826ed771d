resource "aws_route53_zone" "public_unlogged" { # expect: route53-public-zone-query-logging
  name = "unlogged.example.com"
}

variable "query_logging" {
  type    = bool
  default = false
}

resource "aws_route53_zone" "optional_logging" { # expect: route53-public-zone-query-logging
  name = "optional.example.com"
}

resource "aws_route53_query_log" "optional_logging" {
  count                    = var.query_logging ? 1 : 0
  zone_id                  = aws_route53_zone.optional_logging.zone_id
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/optional.example.com"
}
