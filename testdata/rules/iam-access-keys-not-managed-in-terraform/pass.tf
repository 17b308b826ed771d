resource "aws_iam_access_key" "inactive" {
  user   = "legacy"
  status = "Inactive"
}

resource "aws_iam_access_key" "disabled" {
  count = 0
  user  = "nobody"
}
