rule "data-stores-have-classification-tag" {
  id       = "TAG001"
  title    = "Data stores carry a data classification tag"
  family   = "tagging"
  severity = "low"
  preset   = "all"
  resources = ["group.data-stores"]
  criteria = {
    soc2 = ["C1.1", "CC6.1"]
    sox  = ["ITGC-AC"]
  }

  parameter "classification_tag" {
    default     = "DataClassification"
    description = "Tag key that records the classification of the data a store holds."
  }

  parameter "classification_values" {
    default     = []
    description = "Classification levels the tag may take; empty accepts any value."
  }

  # The key and the levels are the organisation's data classification policy, which a
  # reusable module cannot know: the rule runs only in preset "all".
  # Tags from the provider's default_tags count. A tag whose value is known only after apply
  # counts as present (and is undecided when classification_values lists levels), a tag set to
  # null is no tag (AWS drops it); when the tag keys themselves are unknown (tags from a module
  # output or a variable without a value) the rule cannot decide.
  # Mapping: C1.1's point of focus "identifies confidential information"; CC6.1 for the
  # inventory of information assets. SOX: ITGC-AC, as classification decides who may be
  # granted access to the data.
  assert = (
    self.tags != null &&
    contains([for k, v in self.tags : k if v != null], param.classification_tag) &&
    (
      length(param.classification_values) == 0 ||
      contains(param.classification_values, try(self.tags[param.classification_tag], ""))
    )
  )
  location = "tags"

  message     = "the data store has no data classification tag (classification_tag, DataClassification unless configured), or its value is not a level of the policy"
  remediation = "Add the classification tag with a level from the organisation's data classification policy (for example public, internal, confidential or restricted); set classification_tag and classification_values to that policy."
  why         = <<-EOT
    Handling rules for confidential information can only be applied to stores known to hold
    it. A classification tag on every data store records that judgement where tooling can
    read it, so access reviews, backup and retention policies and incident scoping can be
    driven by the class of data rather than by guesswork.
  EOT
}
