resource "aws_route53_zone" "through_key" {
  name = "through-key.example.com"
}

resource "aws_route53_key_signing_key" "through_key" {
  hosted_zone_id             = aws_route53_zone.through_key.id
  key_management_service_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  name                       = "through-key"
}

resource "aws_route53_hosted_zone_dnssec" "through_key" {
  hosted_zone_id = aws_route53_key_signing_key.through_key.hosted_zone_id
}
