resource "aws_kendra_index" "docs" { # expect: kendra-index-encrypted-with-cmk
  name     = "docs"
  role_arn = "arn:aws:iam::111122223333:role/kendra"
}
