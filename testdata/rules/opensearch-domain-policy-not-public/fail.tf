resource "aws_opensearch_domain_policy" "jsonencoded_star" {
  domain_name = "search"
  access_policies = jsonencode({ # expect: opensearch-domain-policy-not-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:ESHttpGet"
      Resource  = "*"
    }]
  })
}

locals {
  heredoc_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Sid": "DenyInsecure", "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*",
         "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
        {"Sid": "Everyone", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]},
         "Action": ["es:ESHttpGet"], "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_opensearch_domain_policy" "heredoc_aws_star" {
  domain_name = "search"
  access_policies = local.heredoc_policy # expect: opensearch-domain-policy-not-public
}

# Rendered before apply: the principal "*" type renders as Principal "*".
data "aws_iam_policy_document" "opensearch_everyone" {
  statement {
    actions   = ["es:ESHttpGet"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    # Requiring TLS does not narrow who may call.
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

resource "aws_opensearch_domain_policy" "from_document" {
  domain_name = "search"
  access_policies = data.aws_iam_policy_document.opensearch_everyone.json # expect: opensearch-domain-policy-not-public
}

variable "opensearch_policy" {
  type    = string
  default = "{\"Statement\": {\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"es:ESHttpGet\", \"Resource\": \"*\"}}"
}

# Allow with NotPrincipal: everyone but the named account.
resource "aws_opensearch_domain_policy" "not_principal" {
  domain_name = "search"
  access_policies = var.opensearch_policy # expect: opensearch-domain-policy-not-public
}

# The policy argument of the resource itself.
resource "aws_elasticsearch_domain" "inline_policy" {
  domain_name = "legacy-search-${each.key}"
  for_each = toset(["a", "b"])
  access_policies = jsonencode({ # expect: opensearch-domain-policy-not-public
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:ESHttpGet", Resource = "*" }]
  })
}

# Requests signed or not: only a source IP condition would narrow this.
resource "aws_opensearch_domain" "open_domain" {
  domain_name = "open"
  access_policies = jsonencode({ # expect: opensearch-domain-policy-not-public
    Statement = [{ Effect = "Allow", Principal = { AWS = ["*"] }, Action = "es:*", Resource = "arn:aws:es:eu-west-1:111122223333:domain/open/*" }]
  })
}
