rule "resources-have-owner-tag" {
  id       = "TAG002"
  title    = "Resources carry an Owner tag"
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
  assert   = self.tags != null && contains([for k, v in self.tags : k if v != null], "Owner")
  location = "tags"

  message     = "the resource has no Owner tag"
  remediation = "Add an Owner tag naming the team (or role mailbox) accountable for the resource, ideally through the provider's default_tags so every resource gets it."
  why         = <<-EOT
    An asset inventory is only useful when each asset has someone answerable for it. An Owner
    tag tells reviewers whom to ask when access is reviewed, when a finding needs fixing, or
    when a resource looks unused, and it lets an inventory be grouped by accountable team.
  EOT
}
