resource "aws_opensearch_domain" "open_jsonencode" {
  domain_name = "open-jsonencode"

  access_policies = jsonencode({ # expect: opensearch-domain-not-open-to-internet
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/open-jsonencode/*"
    }]
  })
}

locals {
  heredoc_policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Principal": "*",
    "Action": "es:ESHttpGet",
    "Resource": "*"
  }
}
POLICY
}

resource "aws_elasticsearch_domain" "open_heredoc" {
  domain_name     = "open-heredoc"
  access_policies = local.heredoc_policy # expect: opensearch-domain-not-open-to-internet
}

# The open policy comes from a separate policy resource and a policy document.
data "aws_iam_policy_document" "anyone" {
  statement {
    actions   = ["es:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_opensearch_domain" "split_policy" { # expect: opensearch-domain-not-open-to-internet
  domain_name = "split-policy"
}

resource "aws_opensearch_domain_policy" "split_policy" {
  domain_name     = aws_opensearch_domain.split_policy.domain_name
  access_policies = data.aws_iam_policy_document.anyone.json
}
