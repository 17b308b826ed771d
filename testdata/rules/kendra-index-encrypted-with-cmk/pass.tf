resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_kendra_index" "cmk" {
  name     = "cmk"
  role_arn = "arn:aws:iam::111122223333:role/kendra"
  server_side_encryption_configuration {
    kms_key_id = aws_kms_key.data.arn
  }
}
