resource "aws_route53_zone" "signed" {
  for_each = toset(["a.example.com", "b.example.com"])
  name     = each.key
}

resource "aws_route53_key_signing_key" "signed" {
  for_each                   = aws_route53_zone.signed
  hosted_zone_id             = each.value.id
  key_management_service_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  name                       = "ksk"
}

resource "aws_route53_hosted_zone_dnssec" "signed" {
  for_each       = aws_route53_zone.signed
  hosted_zone_id = each.value.id
}

resource "aws_route53_zone" "private" {
  name = "internal.example.com"

  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}
