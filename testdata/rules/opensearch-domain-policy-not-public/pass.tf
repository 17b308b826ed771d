resource "aws_opensearch_domain_policy" "source_arn_condition" {
  domain_name = "search"
  access_policies = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:ESHttpGet"
      Resource  = "*"
      Condition = { ArnLike = { "AWS:SourceArn" = "arn:aws:s3:::acme-uploads" } }
    }]
  })
}

resource "aws_opensearch_domain_policy" "org_condition" {
  domain_name = "search"
  access_policies = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["es:ESHttpGet"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_opensearch_domain_policy" "named_account" {
  domain_name = "search"
  access_policies = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "es:ESHttpGet", Resource = "*" },
      { Effect = "Allow", Principal = { Service = "cloudtrail.amazonaws.com" }, Action = "es:ESHttpGet", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

resource "aws_iam_role" "opensearch_reader" {
  name               = "opensearch-reader"
  assume_role_policy = "{}"
}

# The role's ARN is known only after apply: undecided, not a finding.
resource "aws_opensearch_domain_policy" "computed_principal" {
  domain_name = "search"
  access_policies = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.opensearch_reader.arn }, Action = "es:ESHttpGet", Resource = "*" }]
  })
}

variable "opensearch_supplied_policy" {
  type = string
}

resource "aws_opensearch_domain_policy" "policy_from_caller" {
  domain_name = "search"
  access_policies = var.opensearch_supplied_policy
}

resource "aws_opensearch_domain_policy" "disabled" {
  domain_name = "search"
  count = 0
  access_policies = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "es:ESHttpGet", Resource = "*" }] })
}

# No policy argument at all.
resource "aws_elasticsearch_domain" "no_policy" {
  domain_name = "legacy-search"
}

resource "aws_opensearch_domain" "ip_restricted" {
  domain_name = "office-only"
  access_policies = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/office-only/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}
