# Documents assembled from other documents are judged by the policy the provider renders.

data "aws_iam_policy_document" "reports_reader" {
  statement {
    sid       = "ReadReports"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
  }
}

# The wildcard arrives through a source document; this document's own statement is narrow.
data "aws_iam_policy_document" "operator" { # expect: iam-policy-grants-no-full-admin
  source_policy_documents = [
    data.aws_iam_policy_document.reports_reader.json,
    jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Sid = "Operate", Effect = "Allow", Action = "*", Resource = "*" }]
    }),
  ]

  statement {
    sid       = "ReadLogs"
    actions   = ["logs:GetLogEvents"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "operator" {
  name   = "operator"
  policy = data.aws_iam_policy_document.operator.json # expect: iam-policy-grants-no-full-admin
}

# An override document replaces the narrow statement with the same sid by a wildcard one.
data "aws_iam_policy_document" "widened_reader" { # expect: iam-policy-grants-no-full-admin
  source_policy_documents = [data.aws_iam_policy_document.reports_reader.json]
  override_policy_documents = [
    <<-EOT
    {
      "Statement": [
        {"Sid": "ReadReports", "Effect": "Allow", "Action": ["*"], "Resource": "*"}
      ]
    }
    EOT
  ]
}

# The deprecated single-document forms: override_json is merged after
# override_policy_documents, so its wildcard statement is the one that stays.
data "aws_iam_policy_document" "legacy_layers" { # expect: iam-policy-grants-no-full-admin
  source_json = jsonencode({
    Statement = [{ Sid = "Maintain", Effect = "Allow", Action = "ec2:Describe*", Resource = "*" }]
  })
  override_policy_documents = [jsonencode({
    Statement = [{ Sid = "Maintain", Effect = "Allow", Action = "ec2:StartInstances", Resource = "*" }]
  })]
  override_json = jsonencode({
    Statement = [{ Sid = "Maintain", Effect = "Allow", Action = "*", Resource = "*" }]
  })
}
