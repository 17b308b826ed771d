rule "config-recorder-enabled" {
  id       = "LOG043"
  title    = "AWS Config recorders are switched on"
  family   = "logging"
  severity = "medium"
  resources = ["aws_config_configuration_recorder_status"]
  criteria = {
    soc2 = ["CC7.1", "CC7.2", "CC8.1"]
    sox  = ["ITGC-PC", "ITGC-CO"]
  }

  # A recorder records nothing until aws_config_configuration_recorder_status starts it with
  # is_enabled = true (a required argument). is_enabled = false stops recording while the
  # recorder and delivery channel still exist. Mapping as account-records-configuration:
  # the configuration history is change evidence (CC8.1, ITGC-PC) and a monitoring source.
  assert   = self.is_enabled == true
  location = "is_enabled"

  message     = "the AWS Config recorder is stopped (is_enabled = false)"
  remediation = "Set is_enabled = true on the aws_config_configuration_recorder_status, with a delivery channel in place (depends_on the aws_config_delivery_channel)."
  why         = <<-EOT
    AWS Config's history of resource configurations shows what changed, when and by which
    API call, and feeds Config rules and Security Hub. A stopped recorder leaves a gap in
    that history that cannot be filled later, while the configuration seems to record.
  EOT

  fix {
    title = "Set is_enabled = true"
    set {
      is_enabled = true
    }
  }
}
