resource "aws_globalaccelerator_accelerator" "logged" {
  name            = "logged"
  ip_address_type = "IPV4"
  enabled         = true

  attributes {
    flow_logs_enabled   = true
    flow_logs_s3_bucket = "accelerator-flow-logs"
    flow_logs_s3_prefix = "logged/"
  }
}
