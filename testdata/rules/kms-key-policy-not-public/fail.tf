resource "aws_kms_key_policy" "jsonencoded_star" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = jsonencode({ # expect: kms-key-policy-not-public
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:Decrypt"
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
         "Action": ["kms:Decrypt"], "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_kms_key_policy" "heredoc_aws_star" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = local.heredoc_policy # expect: kms-key-policy-not-public
}

# Rendered before apply: the principal "*" type renders as Principal "*".
data "aws_iam_policy_document" "kms_everyone" {
  statement {
    actions   = ["kms:Decrypt"]
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

resource "aws_kms_key_policy" "from_document" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = data.aws_iam_policy_document.kms_everyone.json # expect: kms-key-policy-not-public
}

variable "kms_policy" {
  type    = string
  default = "{\"Statement\": {\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}}"
}

# Allow with NotPrincipal: everyone but the named account.
resource "aws_kms_key_policy" "not_principal" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
  policy = var.kms_policy # expect: kms-key-policy-not-public
}

# The policy argument of the resource itself.
resource "aws_kms_key" "inline_policy" {
  description = "inline key policy-${each.key}"
  for_each = toset(["a", "b"])
  policy = jsonencode({ # expect: kms-key-policy-not-public
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "kms:Decrypt", Resource = "*" }]
  })
}
