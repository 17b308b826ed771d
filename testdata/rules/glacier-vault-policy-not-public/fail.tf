resource "aws_glacier_vault" "jsonencoded_star" {
  name = "archive"
  access_policy = jsonencode({ # expect: glacier-vault-policy-not-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "glacier:InitiateJob"
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
         "Action": ["glacier:InitiateJob"], "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_glacier_vault" "heredoc_aws_star" {
  name          = "archive"
  access_policy = local.heredoc_policy # expect: glacier-vault-policy-not-public
}

# Rendered before apply: the principal "*" type renders as Principal "*".
data "aws_iam_policy_document" "glacier_everyone" {
  statement {
    actions   = ["glacier:InitiateJob"]
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

resource "aws_glacier_vault" "from_document" {
  name          = "archive"
  access_policy = data.aws_iam_policy_document.glacier_everyone.json # expect: glacier-vault-policy-not-public
}

variable "glacier_policy" {
  type    = string
  default = "{\"Statement\": {\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"glacier:InitiateJob\", \"Resource\": \"*\"}}"
}

# Allow with NotPrincipal: everyone but the named account.
resource "aws_glacier_vault" "not_principal" {
  name          = "archive"
  access_policy = var.glacier_policy # expect: glacier-vault-policy-not-public
}
