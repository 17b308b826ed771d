resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_timestreamwrite_database" "cmk" {
  database_name = "cmk"
  kms_key_id    = aws_kms_key.data.arn
}
