rule "rds-copy-tags-to-snapshots" {
  id       = "TAG004"
  title    = "RDS and Neptune databases copy their tags to their snapshots"
  family   = "tagging"
  severity = "low"
  resources = ["aws_db_instance", "aws_rds_cluster", "aws_neptune_cluster"]
  criteria = {
    soc2 = ["C1.1", "CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # copy_tags_to_snapshot defaults to false in the AWS API and the provider. Provider
  # default_tags do not help: snapshots are made by the service, not by Terraform, and carry
  # only the tags the database copies to them. The setting does not depend on any tagging
  # policy, so a reusable module can and should set it (terraform-aws-modules/rds defaults it
  # to true). Read replicas (replicate_source_db) are not judged: their source's snapshots hold
  # the data.
  # Mapping: C1.1 (confidential information stays identified in its copies) and CC6.1
  # (inventory of information assets); SOX ITGC-AC, as tag-based access conditions then apply
  # to the snapshots too.
  assert   = is_set(try(self.replicate_source_db, null)) || self.copy_tags_to_snapshot == true
  location = "copy_tags_to_snapshot"

  message     = "snapshots of the database do not get its tags (copy_tags_to_snapshot is false or unset)"
  remediation = "Set copy_tags_to_snapshot = true, so automated, manual and final snapshots carry the database's owner, environment and classification tags."
  why         = <<-EOT
    A snapshot is a full copy of the database's data. Without the database's tags it drops out
    of every inventory, cost report, tag-based access condition and tag-based retention or
    backup rule that the database itself is subject to, and nobody can tell whose data it is
    or how confidential it is when it turns up in a review, a shared-snapshot finding or a
    cleanup.
  EOT

  fix {
    title = "Set copy_tags_to_snapshot = true"
    set {
      copy_tags_to_snapshot = true
    }
  }
}
