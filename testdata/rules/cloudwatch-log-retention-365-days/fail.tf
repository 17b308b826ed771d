resource "aws_cloudwatch_log_group" "month" {
  name              = "/app/month"
  retention_in_days = 30 # expect: cloudwatch-log-retention-365-days
}

variable "log_retention_days" {
  default = 90
}

resource "aws_cloudwatch_log_group" "from_variable" {
  name              = "/app/from-variable"
  retention_in_days = var.log_retention_days # expect: cloudwatch-log-retention-365-days
}

resource "aws_cloudwatch_log_group" "per_service" {
  for_each          = { api = 400, worker = 14 }
  name              = "/app/${each.key}"
  retention_in_days = each.value # expect: cloudwatch-log-retention-365-days
}

# Just under a year.
resource "aws_cloudwatch_log_group" "almost_a_year" {
  name              = "/app/almost-a-year"
  retention_in_days = 180 # expect: cloudwatch-log-retention-365-days
}

module "short_lived" {
  source    = "./mod"
  retention = 7
}
