resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_ssm_parameter" "cmk" {
  name   = "/app/cmk"
  type   = "SecureString"
  value  = "placeholder"
  key_id = aws_kms_key.data.key_id
}

resource "aws_ssm_parameter" "plain" {
  name  = "/app/region"
  type  = "String"
  value = "eu-west-1"
}
