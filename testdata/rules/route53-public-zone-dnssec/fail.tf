resource "aws_route53_zone" "unsigned" { # expect: route53-public-zone-dnssec
  name = "unsigned.example.com"
}

resource "aws_route53_zone" "signing_paused" { # expect: route53-public-zone-dnssec
  name = "paused.example.com"
}

resource "aws_route53_key_signing_key" "paused" {
  hosted_zone_id             = aws_route53_zone.signing_paused.id
  key_management_service_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  name                       = "paused"
}

resource "aws_route53_hosted_zone_dnssec" "paused" {
  hosted_zone_id = aws_route53_key_signing_key.paused.hosted_zone_id
  signing_status = "NOT_SIGNING"
}
