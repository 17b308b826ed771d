resource "aws_ses_identity_policy" "anyone" {
  identity = "arn:aws:ses:eu-west-1:111122223333:identity/example.com"
  name     = "anyone-may-send"
  policy = jsonencode({ # expect: ses-identity-policy-not-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ses:SendEmail", "ses:SendRawEmail"]
      Resource  = "arn:aws:ses:eu-west-1:111122223333:identity/example.com"
    }]
  })
}

locals {
  delegate_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": ["arn:aws:iam::444455556666:root", "*"]},
        "Action": "ses:*",
        "Resource": "arn:aws:ses:eu-west-1:111122223333:identity/mail.example.com",
        "Condition": {"Bool": {"aws:SecureTransport": "true"}}
      }]
    }
  EOT
}

resource "aws_ses_identity_policy" "heredoc" {
  for_each = toset(["mail.example.com"])
  identity = "arn:aws:ses:eu-west-1:111122223333:identity/${each.key}"
  name     = "delegates"
  policy   = local.delegate_policy # expect: ses-identity-policy-not-public
}

# The policy's resource ARN is known only after apply, but the statement is public whatever
# it becomes.
resource "aws_ses_identity_policy" "unknown_resource" {
  identity = aws_ses_domain_identity.app.arn
  name     = "unknown"
  policy = jsonencode({ # expect: ses-identity-policy-not-public
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "ses:SendEmail", Resource = aws_ses_domain_identity.app.arn }]
  })
}
