rule "data-stores-have-classification-tag" {
  id       = "TAG001"
  title    = "Data stores carry a DataClassification tag"
  family   = "tagging"
  severity = "low"
  resources = ["group.data-stores"]
  criteria = {
    soc2 = ["C1.1"]
  }

  # Tags from the provider's default_tags count. A tag whose value is known only after apply
  # counts as present, a tag set to null is no tag (AWS drops it); when the tag keys
  # themselves are unknown (tags from a module output or a variable without a value) the rule
  # cannot decide.
  assert   = self.tags != null && contains([for k, v in self.tags : k if v != null], "DataClassification")
  location = "tags"

  message     = "the data store has no DataClassification tag"
  remediation = "Add a DataClassification tag with a level from the organisation's data classification policy (for example public, internal, confidential or restricted)."
  why         = <<-EOT
    Handling rules for confidential information can only be applied to stores known to hold
    it. A classification tag on every data store records that judgement where tooling can
    read it, so access reviews, backup and retention policies and incident scoping can be
    driven by the class of data rather than by guesswork.
  EOT
}
