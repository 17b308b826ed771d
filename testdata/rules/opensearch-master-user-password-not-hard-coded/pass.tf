resource "aws_iam_role" "search_admin" {
  name = "search-admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::111122223333:root" } }]
  })
}

resource "aws_opensearch_domain" "iam_master" {
  domain_name = "iam-master"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = aws_iam_role.search_admin.arn
    }
  }
}

resource "random_password" "search" {
  length = 32
}

resource "aws_opensearch_domain" "generated" {
  domain_name = "generated"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = random_password.search.result
    }
  }
}

variable "supplied_password" {
  type      = string
  sensitive = true
}

resource "aws_elasticsearch_domain" "supplied" {
  domain_name = "supplied"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = var.supplied_password
    }
  }
}

resource "aws_opensearch_domain" "no_fgac" {
  domain_name = "plain"
}
