variable "retention_input" {
  type = number
}

# Unset and 0 both keep events forever.
resource "aws_cloudwatch_log_group" "forever" {
  name = "/app/forever"
}

resource "aws_cloudwatch_log_group" "zero" {
  name              = "/app/zero"
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "year" {
  name              = "/app/year"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "ten_years" {
  name              = "/app/ten-years"
  retention_in_days = 3653
}

resource "aws_cloudwatch_log_group" "unknown" {
  name              = "/app/unknown"
  retention_in_days = var.retention_input
}
