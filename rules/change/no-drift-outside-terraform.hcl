rule "no-drift-outside-terraform" {
  id       = "CHG020"
  title    = "No resource changed outside Terraform since the last apply"
  family   = "change"
  severity = "high"
  resources = ["resource_drift"]
  criteria = {
    soc2 = ["CC8.1", "CC7.1"]
    sox  = ["ITGC-PC"]
  }

  # A plan's `resource_drift` lists the managed resources whose real state differs from what
  # the last apply recorded: someone changed or deleted them through the console, the CLI or
  # another tool. Each entry is checked as a `resource_drift` instance with its address, its
  # actions (`update`, or `delete` for a resource removed outside Terraform) and the names
  # of the top-level attributes that differ. Values are never read, so secrets stay out.
  assert = alltrue([for a in self.actions : a == "no-op" || a == "read"])
  detail = (
    contains(self.actions, "delete")
    ? "it was deleted outside Terraform"
    : "changed ${join(", ", self.attributes)}"
  )

  message     = "the resource was changed outside Terraform since the last apply"
  remediation = "Find who made the change (CloudTrail shows the API call), then either bring it into the configuration through a reviewed pull request or let the next apply revert it. Restrict console and CLI write access to break-glass roles so changes go through the pipeline."
  why         = <<-EOT
    A program-change control holds only if every change to production goes through the
    reviewed path. Drift is a change that did not: no ticket, no review, no approval, and
    the next apply may silently undo or keep it. SOX auditors treat it as an unauthorised
    change to investigate, and SOC 2 CC8.1 asks that infrastructure changes be authorised
    and tracked.
  EOT
}
