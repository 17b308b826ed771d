rule "resources-have-owner-tag" {
  id       = "TAG002"
  title    = "Resources carry the tags the tagging policy requires (Owner and Environment unless configured)"
  family   = "tagging"
  severity = "low"
  preset   = "all"
  resources = ["group.taggable"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  parameter "required_tags" {
    default     = ["Owner", "Environment"]
    description = "Tag keys every taggable resource must carry."
  }

  # Which tag keys are required is the organisation's tagging policy, which a reusable module
  # cannot know, so the rule runs only in preset "all" and reads the keys from required_tags.
  # The rule keeps the id and name it had when it asked for an Owner tag only; Owner is still
  # the first key of the default.
  # Tags from the provider's default_tags count (they are merged into self.tags). A tag whose
  # value is known only after apply counts as present, a tag set to null is no tag (AWS drops
  # it); when the tag keys themselves are unknown (tags from a module output or a variable
  # without a value) the rule cannot decide. Keys are compared exactly: AWS tag keys are
  # case-sensitive.
  # Mapping: CC6.1's point of focus on identifying and managing the inventory of information
  # assets; the sources in soc2-mapping.md map no tagging check except service-screener (C1.1
  # for S3). SOX: ITGC-AC, because an inventory with accountable owners is what access reviews
  # are run against.
  assert = self.tags != null && alltrue([
    for key in param.required_tags :
    contains([for k, v in self.tags : k if v != null], key)
  ])
  location = "tags"

  message     = "the resource lacks a tag key that the tagging policy requires (required_tags: Owner and Environment unless configured)"
  remediation = "Add every key listed in required_tags (by default Owner, naming the accountable team, and Environment), ideally once through the provider's default_tags so every resource gets them. Set required_tags to your organisation's tagging policy."
  why         = <<-EOT
    An asset inventory is only useful when each asset says who answers for it and which
    environment it belongs to. Required tags tell reviewers whom to ask when access is
    reviewed or a finding needs fixing, and separate the production systems in the audit
    boundary from test copies. The keys differ between organisations, so this rule follows the
    required_tags parameter and runs only in the "all" preset.
  EOT
}
