resource "aws_iam_policy" "everything_but_iam" {
  name = "developer-broad"
  policy = jsonencode({ # expect: iam-policy-no-allow-with-notaction
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["iam:*", "organizations:*", "account:*"]
      Resource  = "*"
    }]
  })
}

locals {
  heredoc_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
        {"Effect": "Allow", "NotAction": "iam:*", "NotResource": "arn:aws:s3:::audit-logs/*"}
      ]
    }
  EOT
}

resource "aws_iam_role_policy" "heredoc" {
  for_each = toset(["ops", "support"])
  name     = "${each.key}-broad"
  role     = each.key
  policy   = local.heredoc_policy # expect: iam-policy-no-allow-with-notaction
}

data "aws_iam_policy_document" "notaction_document" { # expect: iam-policy-no-allow-with-notaction
  statement {
    not_actions = ["iam:*"]
    resources   = ["*"]
  }
}

resource "aws_iam_role" "inline" { # expect: iam-policy-no-allow-with-notaction
  name = "batch-runner"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "batch.amazonaws.com" } }]
  })
  inline_policy {
    name = "broad"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", NotAction = "iam:*", Resource = "*" }]
    })
  }
}
