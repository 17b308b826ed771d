resource "aws_kms_key" "logs" {
  description = "logs"
}

resource "aws_cloudwatch_log_group" "with_key" {
  name       = "/app/with-key"
  kms_key_id = aws_kms_key.logs.arn
}

resource "aws_cloudwatch_log_group" "literal_key" {
  name       = "/app/literal-key"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/abcd"
}
