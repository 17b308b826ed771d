variable "window_from_caller" {
  type = number
}

# Unset: 30 days.
resource "aws_kms_key" "default_window" {
  description = "default window"
}

resource "aws_kms_key" "explicit_month" {
  description             = "month"
  deletion_window_in_days = 30
}

resource "aws_kms_key" "caller_decides" {
  description             = "caller"
  deletion_window_in_days = var.window_from_caller
}
