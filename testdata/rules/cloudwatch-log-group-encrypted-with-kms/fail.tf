resource "aws_cloudwatch_log_group" "plain" { # expect: cloudwatch-log-group-encrypted-with-kms
  name              = "/app/plain"
  retention_in_days = 365
}

variable "log_kms_key" {
  default = ""
}

resource "aws_cloudwatch_log_group" "empty_key" {
  name       = "/app/empty-key"
  kms_key_id = var.log_kms_key # expect: cloudwatch-log-group-encrypted-with-kms
}

resource "aws_cloudwatch_log_group" "null_key" {
  name       = "/app/null-key"
  kms_key_id = null # expect: cloudwatch-log-group-encrypted-with-kms
}
