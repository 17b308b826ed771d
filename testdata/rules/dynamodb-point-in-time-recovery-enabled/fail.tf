resource "aws_dynamodb_table" "no_pitr" { # expect: dynamodb-point-in-time-recovery-enabled
  name         = "no-pitr"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "pitr_off" {
  name         = "pitr-off"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = false # expect: dynamodb-point-in-time-recovery-enabled
  }
}

# Enabled, but the window is shorter than min_backup_retention_days.
resource "aws_dynamodb_table" "short_window" {
  name         = "short-window"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled                 = true # expect: dynamodb-point-in-time-recovery-enabled
    recovery_period_in_days = 3
  }
}
