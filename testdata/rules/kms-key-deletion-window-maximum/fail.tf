resource "aws_kms_key" "one_week" {
  description             = "data key"
  deletion_window_in_days = 7 # expect: kms-key-deletion-window-maximum
}

variable "deletion_window" {
  default = 14
}

resource "aws_kms_replica_key" "replica" {
  primary_key_arn         = aws_kms_key.one_week.arn
  deletion_window_in_days = var.deletion_window # expect: kms-key-deletion-window-maximum
}

resource "aws_kms_key" "per_service" {
  for_each                = { logs = 10, backups = 30 }
  description             = each.key
  deletion_window_in_days = each.value # expect: kms-key-deletion-window-maximum
}
