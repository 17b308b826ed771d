variable "sfn_tracing_off" {
  type    = bool
  default = false
}

resource "aws_sfn_state_machine" "no_tracing" { # expect: sfn-state-machine-xray-tracing
  name       = "no-tracing"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}

resource "aws_sfn_state_machine" "tracing_disabled" {
  for_each   = toset(["orders", "billing"])
  name       = "disabled-${each.key}"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {
    enabled = var.sfn_tracing_off # expect: sfn-state-machine-xray-tracing
  }
}

resource "aws_sfn_state_machine" "block_without_enabled" {
  name       = "block-without-enabled"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration { # expect: sfn-state-machine-xray-tracing
  }
}
