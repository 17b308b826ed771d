rule "resources-have-environment-tag" {
  id       = "TAG003"
  title    = "Resources carry an Environment tag"
  family   = "tagging"
  severity = "low"
  resources = ["group.taggable"]
  criteria = {
    soc2 = ["CC6.1"]
  }

  # Tags from the provider's default_tags count. A tag whose value is known only after apply
  # counts as present, a tag set to null is no tag (AWS drops it); when the tag keys
  # themselves are unknown (tags from a module output or a variable without a value) the rule
  # cannot decide.
  assert   = self.tags != null && contains([for k, v in self.tags : k if v != null], "Environment")
  location = "tags"

  message     = "the resource has no Environment tag"
  remediation = "Add an Environment tag (for example production, staging or development), ideally through the provider's default_tags so every resource gets it."
  why         = <<-EOT
    Controls are usually scoped to production: the systems in the audit boundary must be
    told apart from test and development copies. An Environment tag makes that boundary
    visible in the inventory and lets monitoring and reviews focus on the systems in scope.
  EOT
}
