resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

# Its resource ARN is known only after apply: its json is unknown.
data "aws_iam_policy_document" "scoped_reader" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
  }
}

# The wildcard statement has no sid, so no override document can replace it, whatever the
# unknown override holds.
data "aws_iam_policy_document" "admin_with_override" { # expect: iam-policy-grants-no-full-admin
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
  override_policy_documents = [data.aws_iam_policy_document.scoped_reader.json]
}
