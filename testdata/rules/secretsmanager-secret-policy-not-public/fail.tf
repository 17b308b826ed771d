resource "aws_secretsmanager_secret_policy" "jsonencoded_star" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = jsonencode({ # expect: secretsmanager-secret-policy-not-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
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
         "Action": ["secretsmanager:GetSecretValue"], "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_secretsmanager_secret_policy" "heredoc_aws_star" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = local.heredoc_policy # expect: secretsmanager-secret-policy-not-public
}

# Rendered before apply: the principal "*" type renders as Principal "*".
data "aws_iam_policy_document" "secretsmanager_everyone" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
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

resource "aws_secretsmanager_secret_policy" "from_document" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = data.aws_iam_policy_document.secretsmanager_everyone.json # expect: secretsmanager-secret-policy-not-public
}

variable "secretsmanager_policy" {
  type    = string
  default = "{\"Statement\": {\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"secretsmanager:GetSecretValue\", \"Resource\": \"*\"}}"
}

# Allow with NotPrincipal: everyone but the named account.
resource "aws_secretsmanager_secret_policy" "not_principal" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"
  policy = var.secretsmanager_policy # expect: secretsmanager-secret-policy-not-public
}

# The policy argument of the resource itself.
resource "aws_secretsmanager_secret" "inline_policy" {
  name = "inline-secret-${each.key}"
  for_each = toset(["a", "b"])
  policy = jsonencode({ # expect: secretsmanager-secret-policy-not-public
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "secretsmanager:GetSecretValue", Resource = "*" }]
  })
}
