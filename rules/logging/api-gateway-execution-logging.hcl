rule "api-gateway-execution-logging" {
  id       = "LOG012"
  title    = "API Gateway REST stages write execution logs"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_api_gateway_stage"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # Execution logging is set per stage (and optionally per method) by
  # aws_api_gateway_method_settings, whose settings.logging_level defaults to OFF. A stage
  # passes when some method settings resource for it sets logging_level to ERROR or INFO.
  # The settings must refer to the stage (stage_name = aws_api_gateway_stage.x.stage_name).
  # In the "all" preset: access logs (LOG011) are the record of who called; execution logs
  # add the integration detail used for troubleshooting and cost money at volume.
  assert = anytrue([
    for m in referrers("aws_api_gateway_method_settings", "stage_name") :
    anytrue([for s in coalesce(m.settings, []) : contains(["ERROR", "INFO"], upper(coalesce(s.logging_level, "OFF")))])
  ])

  message     = "no method settings turn on execution logging (logging_level ERROR or INFO) for this stage"
  remediation = "Add an aws_api_gateway_method_settings with stage_name = this stage's stage_name, method_path = \"*/*\" and settings { logging_level = \"ERROR\" } (or \"INFO\"), after setting the account's CloudWatch role (aws_api_gateway_account)."
  why         = <<-EOT
    Execution logs show what API Gateway did with each request: authoriser decisions,
    throttling, integration errors and responses. They are what shows whether rejected or
    failed calls were attacks or faults, and they are off unless a logging level is set.
  EOT
}
