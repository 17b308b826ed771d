locals {
  open_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "*"
    }]
  })
}

# Inside a VPC: security groups bound it.
resource "aws_opensearch_domain" "in_vpc" {
  domain_name     = "in-vpc"
  access_policies = local.open_policy

  vpc_options {
    subnet_ids         = ["subnet-123"]
    security_group_ids = ["sg-123"]
  }
}

# Public, open policy, but fine-grained access control authenticates every request.
resource "aws_opensearch_domain" "fine_grained" {
  domain_name     = "fine-grained"
  access_policies = local.open_policy

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = "not-a-real-password"
    }
  }
}

# Public, but limited to an office network.
resource "aws_opensearch_domain" "source_ip" {
  domain_name = "source-ip"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}

# Public, only a named role.
resource "aws_opensearch_domain" "named_role" {
  domain_name = "named-role"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::123456789012:role/search"] }
      Action    = "es:*"
      Resource  = "*"
    }]
  })
}

resource "aws_opensearch_domain" "no_policy" {
  domain_name = "no-policy"
}
