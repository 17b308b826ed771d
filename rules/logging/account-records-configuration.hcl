rule "account-records-configuration" {
  id        = "LOG032"
  title     = "An AWS account configuration records resource configuration with AWS Config"
  family    = "logging"
  severity  = "medium"
  preset    = "account-baseline"
  resources = ["provider.aws"]
  criteria = {
    soc2 = ["CC7.1", "CC8.1", "CC3.4"]
    sox  = ["ITGC-PC", "ITGC-CO"]
  }

  # AWS Config records configuration history only with a recorder that is switched on: an
  # aws_config_configuration_recorder and an aws_config_configuration_recorder_status with
  # is_enabled = true.
  assert = self.alias != null || (
    length(resources("aws_config_configuration_recorder")) > 0 &&
    anytrue([for s in resources("aws_config_configuration_recorder_status") : s.is_enabled == true])
  )

  message     = "the configuration deploys into an AWS account but no AWS Config recorder is defined and switched on"
  remediation = "Add an aws_config_configuration_recorder, an aws_config_delivery_channel and an aws_config_configuration_recorder_status with is_enabled = true."
  why         = <<-EOT
    AWS Config keeps the history of every resource's configuration, which shows when a change
    happened and what it was. It is the evidence behind change detection (CC7.1) and the
    baseline against which unauthorised changes are found (CC8.1).
  EOT
}
