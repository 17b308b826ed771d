resource "aws_globalaccelerator_accelerator" "unlogged" { # expect: global-accelerator-flow-logs
  name            = "unlogged"
  ip_address_type = "IPV4"
  enabled         = true
}

variable "flow_logs" {
  type    = bool
  default = false
}

resource "aws_globalaccelerator_accelerator" "switched_off" {
  name    = "switched-off"
  enabled = true

  attributes {
    flow_logs_enabled   = var.flow_logs # expect: global-accelerator-flow-logs
    flow_logs_s3_bucket = "accelerator-flow-logs"
  }
}
