resource "aws_ses_identity_policy" "named_delegate" {
  identity = "arn:aws:ses:eu-west-1:111122223333:identity/example.org"
  name     = "marketing-account"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Action    = ["ses:SendEmail", "ses:SendRawEmail"]
      Resource  = "arn:aws:ses:eu-west-1:111122223333:identity/example.org"
    }]
  })
}

resource "aws_ses_identity_policy" "org_condition" {
  identity = "arn:aws:ses:eu-west-1:111122223333:identity/example.net"
  name     = "organisation"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "ses:SendRawEmail"
      Resource  = "arn:aws:ses:eu-west-1:111122223333:identity/example.net"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

resource "aws_ses_domain_identity" "app" {
  domain = "app.example.com"
}

