variable "extra_statements" {
  type = list(any)
}

resource "aws_iam_policy" "scoped_service" {
  name = "s3-all"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "scoped_resource" {
  name = "everything-on-one-bucket"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "*", Resource = "arn:aws:s3:::data/*" }]
  })
}

resource "aws_iam_policy" "deny_all" {
  name = "deny-all"
  policy = jsonencode({
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "not_action" {
  name = "not-action"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", NotAction = "iam:*", Resource = "*" }]
  })
}

# Built from another resource's attributes: known only after apply.
resource "aws_iam_role_policy" "computed" {
  name = "computed"
  role = "app"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "*", Resource = aws_s3_bucket.data.arn }]
  })
}

resource "aws_iam_role_policy" "from_document" {
  name   = "from-document"
  role   = "app"
  policy = data.aws_iam_policy_document.scoped.json
}

data "aws_iam_policy_document" "scoped" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::data/*"]
  }

  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
  }
}

# A resource policy (it names principals): not an identity grant.
data "aws_iam_policy_document" "key_policy" {
  statement {
    actions   = ["*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

data "aws_iam_policy_document" "dynamic_statements" {
  dynamic "statement" {
    for_each = var.extra_statements
    content {
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_policy" "disabled" {
  count  = 0
  name   = "never"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_iam_role" "inline_scoped" {
  name               = "inline-scoped"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })

  inline_policy {
    name   = "logs"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "logs:*", Resource = "*" }] })
  }
}

# No inline policy at all.
resource "aws_iam_role" "plain" {
  name               = "plain"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

# Known only in part, and nothing known grants everything: no finding. Whether the unknown
# action is "*" cannot be told: undecided.
resource "aws_iam_policy" "scoped_beside_unknown" {
  name = "scoped-beside-unknown"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "${aws_s3_bucket.exports.arn}/*" },
    ]
  })
}
