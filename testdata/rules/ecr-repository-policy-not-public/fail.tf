resource "aws_ecr_repository_policy" "jsonencoded_star" {
  repository = "app"
  policy = jsonencode({ # expect: ecr-repository-policy-not-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "ecr:BatchGetImage"
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
         "Action": ["ecr:BatchGetImage"], "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_ecr_repository_policy" "heredoc_aws_star" {
  repository = "app"
  policy     = local.heredoc_policy # expect: ecr-repository-policy-not-public
}

# Rendered before apply: the principal "*" type renders as Principal "*".
data "aws_iam_policy_document" "ecr_everyone" {
  statement {
    actions   = ["ecr:BatchGetImage"]
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

resource "aws_ecr_repository_policy" "from_document" {
  repository = "app"
  policy     = data.aws_iam_policy_document.ecr_everyone.json # expect: ecr-repository-policy-not-public
}

variable "ecr_policy" {
  type    = string
  default = "{\"Statement\": {\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"ecr:BatchGetImage\", \"Resource\": \"*\"}}"
}

# Allow with NotPrincipal: everyone but the named account.
resource "aws_ecr_repository_policy" "not_principal" {
  repository = "app"
  policy     = var.ecr_policy # expect: ecr-repository-policy-not-public
}
