rule "efs-file-system-replicated" {
  id       = "RES028"
  title    = "EFS file systems are replicated to another file system"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_efs_file_system"]
  criteria = {
    soc2 = ["A1.2", "CC9.1"]
    sox  = ["ITGC-CO"]
  }

  # A file system passes when an aws_efs_replication_configuration copies it
  # (source_file_system_id), or when it is itself a replica: a replication configuration names
  # it as destination.file_system_id, or its protection.replication_overwrite is "DISABLED"
  # (made ready to receive a replica) or "REPLICATING". A replication configuration whose
  # existence is unknown (count from a variable without a value) makes the rule undecided.
  # Preset "all", as s3-bucket-replicated: a copy in another region or zone is a recovery
  # objective decided per system, and the automatic backups that
  # efs-automatic-backups-enabled (RES013) asks for already cover deletion and corruption.
  # Mapping: A1.2 (recovery infrastructure), CC9.1 (regional disruption); ITGC-CO.
  assert = (
    length(referrers("aws_efs_replication_configuration", "source_file_system_id")) > 0 ||
    length(referrers("aws_efs_replication_configuration", "destination.file_system_id")) > 0 ||
    contains(["DISABLED", "REPLICATING"], upper(try(self.protection[0].replication_overwrite, "ENABLED")))
  )

  message     = "the file system is not replicated to another file system, and is not a replica"
  remediation = "Add an aws_efs_replication_configuration with source_file_system_id set to the file system and a destination in another region (or zone), where the recovery plan needs a copy that survives the loss of the region."
  why         = <<-EOT
    EFS keeps a regional file system's data in several availability zones, and a One Zone file
    system in one zone only; neither survives the loss of its region, or of its zone for One
    Zone. Replication keeps a read-only copy elsewhere, minutes behind, which can be promoted
    to carry on when the source is unavailable.
  EOT
}
