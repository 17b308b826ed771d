resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_codeartifact_domain" "cmk" {
  domain         = "cmk"
  encryption_key = aws_kms_key.data.arn
}
