resource "aws_iam_policy" "assume_anything" {
  name = "deployer-assume"
  policy = jsonencode({ # expect: iam-policy-no-assume-role-on-all-resources
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Resource = "*" }]
  })
}

locals {
  sts_wildcard_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": ["sts:Assume*", "sts:GetCallerIdentity"], "Resource": ["*"]}
      ]
    }
  EOT
}

resource "aws_iam_role_policy" "heredoc" {
  count  = 2
  name   = "jump-${count.index}"
  role   = "jump-${count.index}"
  policy = local.sts_wildcard_policy # expect: iam-policy-no-assume-role-on-all-resources
}

variable "assume_resources" {
  type    = list(string)
  default = ["*"]
}

data "aws_iam_policy_document" "via_variable" { # expect: iam-policy-no-assume-role-on-all-resources
  statement {
    actions   = ["sts:*"]
    resources = var.assume_resources
  }
}

resource "aws_iam_user_policy" "tag_condition_elsewhere" {
  name = "ops"
  user = "ops"
  policy = jsonencode({ # expect: iam-policy-no-assume-role-on-all-resources
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Resource  = "*"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}
