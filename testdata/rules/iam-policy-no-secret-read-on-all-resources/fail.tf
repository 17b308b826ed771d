resource "aws_iam_policy" "all_secrets" {
  name = "app-secrets"
  policy = jsonencode({ # expect: iam-policy-no-secret-read-on-all-resources
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
      Resource = "*"
    }]
  })
}

locals {
  parameters_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": {"Effect": "Allow", "Action": "ssm:GetParam*", "Resource": "*"}
    }
  EOT
}

resource "aws_iam_role_policy" "heredoc_parameters" {
  for_each = toset(["api", "worker"])
  name     = "${each.key}-parameters"
  role     = each.key
  policy   = local.parameters_policy # expect: iam-policy-no-secret-read-on-all-resources
}

data "aws_iam_policy_document" "decrypt_everything" { # expect: iam-policy-no-secret-read-on-all-resources
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "inline_secrets" { # expect: iam-policy-no-secret-read-on-all-resources
  name = "etl"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "glue.amazonaws.com" } }]
  })
  inline_policy {
    name = "secrets"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "secretsmanager:*", Resource = "*" }]
    })
  }
}
