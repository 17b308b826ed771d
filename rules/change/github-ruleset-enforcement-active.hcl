rule "github-ruleset-enforcement-active" {
  id       = "CHG011"
  title    = "GitHub rulesets are enforced"
  family   = "change"
  severity = "medium"
  resources = ["github_repository_ruleset", "github_organization_ruleset"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # enforcement is required: "active" enforces the rules; "evaluate" only reports what would
  # have been blocked and "disabled" does nothing. A ruleset declared in the configuration is
  # presumably meant as a control, so anything but active is reported.
  assert   = lower(self.enforcement) == "active"
  location = "enforcement"

  message     = "the ruleset is not enforced (enforcement is \"evaluate\" or \"disabled\", not \"active\")"
  remediation = "Set enforcement = \"active\" once the ruleset has been evaluated, or remove the ruleset if it is not meant to protect anything."
  why         = <<-EOT
    A ruleset in evaluate or disabled mode looks like a control in the configuration and in
    GitHub's settings, but it blocks nothing: reviews, checks and history protections it lists
    are not applied. An auditor reading the ruleset would draw the wrong conclusion about how
    changes are controlled.
  EOT
}
