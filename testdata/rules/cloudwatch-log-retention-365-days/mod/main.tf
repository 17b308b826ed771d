variable "retention" {
  type    = number
  default = 400
}

resource "aws_cloudwatch_log_group" "in_module" {
  name              = "/module/logs"
  retention_in_days = var.retention # expect: cloudwatch-log-retention-365-days
}
