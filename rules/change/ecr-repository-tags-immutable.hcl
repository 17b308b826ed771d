rule "ecr-repository-tags-immutable" {
  id       = "CHG026"
  title    = "ECR repositories do not let an image tag be moved to another image"
  family   = "change"
  severity = "low"
  preset   = "all"
  resources = ["aws_ecr_repository", "aws_ecr_repository_creation_template"]
  criteria = {
    soc2 = ["CC8.1"]
    sox  = ["ITGC-PC"]
  }

  # image_tag_mutability defaults to "MUTABLE": pushing an image with an existing tag moves
  # the tag. "IMMUTABLE" refuses such pushes; "IMMUTABLE_WITH_EXCLUSION" does too except for
  # the tags its exclusion filters name (typically "latest", which deployments should not
  # pin), and passes. "MUTABLE_WITH_EXCLUSION" keeps most tags mutable and is a finding.
  # Repository creation templates (for pull-through cache and replication) set the same for
  # the repositories they create. A value known only after apply is undecided.
  # Family change rather than tagging: the concern is that a deployed version can change
  # without a new deployment record. Preset "all": pipelines that deploy by digest get the
  # same assurance without immutable tags, and some workflows retag on purpose.
  assert = contains(
    ["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"],
    upper(coalesce(self.image_tag_mutability, "MUTABLE"))
  )
  location = "image_tag_mutability"

  message     = "an image tag in the repository can be moved to a different image (image_tag_mutability is MUTABLE or unset)"
  remediation = "Set image_tag_mutability = \"IMMUTABLE\" (or IMMUTABLE_WITH_EXCLUSION with a filter for tags such as latest), give each build a unique tag, and deploy by that tag or by digest."
  why         = <<-EOT
    Deployments name images by tag. With mutable tags, anyone who can push to the repository
    can replace the image behind a tag that production runs, and the next restart or scale-out
    picks up code that went through no review, pipeline or deployment record. Immutable tags
    make the tag in the deployment record identify exactly the image that ran.
  EOT
}
