rule "ecs-cluster-container-insights" {
  id       = "LOG026"
  title    = "ECS clusters collect Container Insights"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_ecs_cluster"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # A cluster collects Container Insights when its setting block containerInsights is
  # "enabled" or "enhanced". A cluster that does not say inherits the account default, which
  # an aws_ecs_account_setting_default named containerInsights in the configuration can set;
  # outside this configuration the default is off. An explicit "disabled" wins over the
  # account default. In the "all" preset: these are performance metrics and events, useful
  # for detecting failures, not an audit record.
  assert = (
    anytrue([
      for s in coalesce(self.setting, []) :
      s.name == "containerInsights" && contains(["enabled", "enhanced"], s.value)
    ]) ||
    (
      !anytrue([for s in coalesce(self.setting, []) : s.name == "containerInsights"]) &&
      anytrue([
        for d in resources("aws_ecs_account_setting_default") :
        d.name == "containerInsights" && contains(["enabled", "enhanced"], d.value)
      ])
    )
  )
  location = "setting"

  message     = "the cluster does not collect Container Insights (setting containerInsights is not enabled, and no account default here turns it on)"
  remediation = "Add setting { name = \"containerInsights\", value = \"enabled\" } (or \"enhanced\") to the cluster, or set the account default with aws_ecs_account_setting_default."
  why         = <<-EOT
    Container Insights records CPU, memory, network and restart metrics and lifecycle events
    per service and task. They are how crash loops, resource exhaustion and unexpected new
    tasks are noticed, and they give the timeline an incident review needs.
  EOT
}
