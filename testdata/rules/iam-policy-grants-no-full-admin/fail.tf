locals {
  admin_json = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::public/*"},
        {"Effect": "Allow", "Action": "*", "Resource": "*"}
      ]
    }
  EOT
}

resource "aws_iam_policy" "from_heredoc" {
  name   = "admin"
  policy = local.admin_json # expect: iam-policy-grants-no-full-admin
}

resource "aws_iam_policy" "jsonencoded" {
  name = "admin-jsonencode"
  policy = jsonencode({ # expect: iam-policy-grants-no-full-admin
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["*"]
      Resource = ["*"]
    }]
  })
}

# A single statement object rather than a list, and a wildcard among other actions.
resource "aws_iam_role_policy" "single_statement" {
  name   = "ops"
  role   = "ops"
  policy = "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": [\"ec2:*\", \"*\"], \"Resource\": \"*\"}}" # expect: iam-policy-grants-no-full-admin
}

resource "aws_iam_user_policy" "per_user" {
  for_each = toset(["alice", "bob"])
  name     = "admin-${each.key}"
  user     = each.key
  policy   = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] }) # expect: iam-policy-grants-no-full-admin
}

resource "aws_iam_group_policy" "admins" {
  name  = "admins"
  group = "admins"
  policy = jsonencode({ # expect: iam-policy-grants-no-full-admin
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*", Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } } }]
  })
}

# effect defaults to Allow in the policy document data source.
data "aws_iam_policy_document" "admin" { # expect: iam-policy-grants-no-full-admin
  statement {
    sid       = "ReadLogs"
    actions   = ["logs:GetLogEvents"]
    resources = ["*"]
  }

  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

# "*:*" is read as "*".
resource "aws_iam_policy" "service_colon_wildcard" {
  name   = "colon-wildcard"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*:*", Resource = "*" }] }) # expect: iam-policy-grants-no-full-admin
}

# An inline policy block of the role itself.
resource "aws_iam_role" "inline_admin" { # expect: iam-policy-grants-no-full-admin
  name               = "inline-admin"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })

  inline_policy {
    name   = "read"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
  }

  inline_policy {
    name   = "admin"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["*:*"], Resource = ["*"] }] })
  }
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

# The document's text is known only after apply (the bucket's ARN), but its admin statement
# is written out: judged on what is known.
resource "aws_iam_policy" "admin_beside_unknown" {
  name = "admin-beside-unknown"
  policy = jsonencode({ # expect: iam-policy-grants-no-full-admin
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "${aws_s3_bucket.reports.arn}/*" },
      { Effect = "Allow", Action = "*", Resource = "*" },
    ]
  })
}
