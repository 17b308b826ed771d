# The policy document data source is rendered before apply, so the policy that uses its
# json is judged too (and so is the document itself).
data "aws_iam_policy_document" "everything" { # expect: iam-policy-grants-no-full-admin
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "from_document" {
  name   = "everything"
  policy = data.aws_iam_policy_document.everything.json # expect: iam-policy-grants-no-full-admin
}
