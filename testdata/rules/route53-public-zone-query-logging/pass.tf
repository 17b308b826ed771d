resource "aws_cloudwatch_log_group" "dns" {
  name              = "/aws/route53/example.com"
  retention_in_days = 365
}

resource "aws_route53_zone" "public_logged" {
  name = "example.com"
}

resource "aws_route53_query_log" "public_logged" {
  zone_id                  = aws_route53_zone.public_logged.zone_id
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
}

# Private zones cannot use query logging.
resource "aws_route53_zone" "private" {
  name = "internal.example.com"

  vpc {
    vpc_id = "vpc-1"
  }
}
