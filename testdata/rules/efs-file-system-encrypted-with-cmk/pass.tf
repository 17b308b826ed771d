resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_efs_file_system" "cmk" {
  creation_token = "cmk"
  encrypted      = true
  kms_key_id     = aws_kms_key.data.arn
}

resource "aws_efs_file_system" "plain" {
  creation_token = "plain"
}
