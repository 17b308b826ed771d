rule "resources-have-environment-tag" {
  id       = "TAG003"
  title    = "Environment tags name one of the organisation's environments"
  family   = "tagging"
  severity = "low"
  preset   = "all"
  resources = ["group.taggable"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  parameter "environment_tag" {
    default     = "Environment"
    description = "Tag key that names the environment a resource belongs to."
  }

  parameter "environment_values" {
    default     = ["production", "prod", "staging", "stage", "development", "dev", "test", "qa", "sandbox"]
    description = "Values the environment tag may take."
  }

  # Whether the tag is present at all is judged by resources-have-owner-tag (TAG002) through
  # required_tags; this rule judges its value, so a resource without the tag passes here.
  # Values are compared exactly, as IAM conditions on aws:ResourceTag, cost allocation and
  # tag-based backup selections compare them: "Production" and "production" are different
  # environments to them. A value known only after apply is undecided.
  # Tags from the provider's default_tags count.
  assert = (
    self.tags == null ||
    try(self.tags[param.environment_tag], null) == null ||
    contains(param.environment_values, self.tags[param.environment_tag])
  )
  location = "tags"

  message     = "the Environment tag's value is not one of the environments in environment_values"
  remediation = "Use one of the environment names of the tagging policy (environment_values), spelt exactly, or add the new environment to the policy."
  why         = <<-EOT
    Controls are usually scoped by environment: production is in the audit boundary, test and
    development copies are not. That scoping only works when the Environment tag uses a fixed
    set of values; a resource tagged "Prod " or "live" falls out of every filter, access
    condition and report that looks for "production".
  EOT
}
