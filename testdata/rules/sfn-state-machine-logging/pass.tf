resource "aws_cloudwatch_log_group" "sfn" {
  name              = "/aws/vendedlogs/states/orders"
  retention_in_days = 365
}

resource "aws_sfn_state_machine" "orders" {
  name     = "orders"
  type     = "EXPRESS"
  role_arn = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.sfn.arn}:*"
    include_execution_data = false
    level                  = "ERROR"
  }
}

variable "log_level" {
  type    = string
  default = "all"
}

resource "aws_sfn_state_machine" "from_variable" {
  name     = "from-variable"
  role_arn = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })

  logging_configuration {
    log_destination = "arn:aws:logs:eu-west-1:111122223333:log-group:/sfn/from-variable:*"
    level           = upper(var.log_level)
  }
}
