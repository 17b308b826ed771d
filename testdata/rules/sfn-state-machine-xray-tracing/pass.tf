variable "sfn_tracing_on" {
  type    = bool
  default = true
}

variable "sfn_tracing_unset" {
  type = bool
}

resource "aws_sfn_state_machine" "traced" {
  name       = "traced"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {
    enabled = true
  }
}

resource "aws_sfn_state_machine" "traced_dynamic" {
  count      = 2
  name       = "traced-${count.index}"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  dynamic "tracing_configuration" {
    for_each = [var.sfn_tracing_on]
    content {
      enabled = tracing_configuration.value
    }
  }
}

resource "aws_sfn_state_machine" "unknown" {
  name       = "unknown"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {
    enabled = var.sfn_tracing_unset
  }
}
