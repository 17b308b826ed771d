module "audit_forwarder" {
  source = "./fn"
  name   = "audit-forwarder"
}

resource "aws_cloudwatch_log_subscription_filter" "audit" {
  name            = "audit"
  log_group_name  = "/aws/audit"
  filter_pattern  = ""
  destination_arn = module.audit_forwarder.arn
}
