resource "aws_timestreamwrite_database" "metrics" { # expect: timestream-database-encrypted-with-cmk
  database_name = "metrics"
}

resource "aws_timestreamwrite_database" "aws_alias" {
  database_name = "aws-alias"
  kms_key_id    = "alias/aws/timestream" # expect: timestream-database-encrypted-with-cmk
}
