resource "aws_ssm_parameter" "db_password" { # expect: ssm-parameter-encrypted-with-cmk
  name  = "/app/db-password"
  type  = "SecureString"
  value = "placeholder"
}

resource "aws_ssm_parameter" "api_token" {
  name   = "/app/api-token"
  type   = "SecureString"
  value  = "placeholder"
  key_id = "alias/aws/ssm" # expect: ssm-parameter-encrypted-with-cmk
}
