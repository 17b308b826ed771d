rule "efs-automatic-backups-enabled" {
  id       = "RES013"
  title    = "EFS file systems are backed up"
  family   = "resilience"
  severity = "medium"
  resources = ["aws_efs_file_system"]
  criteria = {
    soc2 = ["A1.2", "CC7.4"]
    sox  = ["ITGC-CO"]
  }

  # File systems created through the API (as Terraform does) have automatic backups off,
  # except One Zone file systems (availability_zone_name set), where they are on by default.
  # A file system is backed up when an aws_efs_backup_policy for it has status ENABLED, when
  # it is One Zone and no backup policy turns backups off, or when an AWS Backup selection
  # covers it: by reference in `resources`, by a wildcard or EFS ARN pattern there, or by tags
  # or conditions, which this configuration cannot match against the file system's tags and
  # so are taken as covering it. A selection listing resources only known after apply makes
  # the rule undecided.
  # Mapping: A1.2, CC7.4 (restores operations, per Steampipe and Prowler); ITGC-CO.
  assert = (
    anytrue([
      for p in referrers("aws_efs_backup_policy", "file_system_id") :
      try(p.backup_policy[0].status == "ENABLED", false)
    ]) ||
    (
      is_set(self.availability_zone_name) &&
      length(referrers("aws_efs_backup_policy", "file_system_id")) == 0
    ) ||
    length(referrers("aws_backup_selection", "resources")) > 0 ||
    anytrue([
      for s in resources("aws_backup_selection") :
      is_set(s.selection_tag) || is_set(s.condition) ||
      anytrue([for r in coalesce(s.resources, []) : r == "*" || can(regex(":elasticfilesystem:", r))])
    ])
  )

  message     = "the file system is not backed up: no backup policy enables automatic backups and no AWS Backup selection covers it"
  remediation = "Add an aws_efs_backup_policy for the file system with backup_policy { status = \"ENABLED\" }, or include it in an AWS Backup plan through an aws_backup_selection."
  why         = <<-EOT
    EFS replicates data across zones but keeps no history: a deleted directory, a faulty job
    or ransomware that rewrites files changes the only copy. Automatic backups keep daily
    recovery points for 35 days; they are on by default only for file systems created in the
    console or One Zone file systems, not for those Terraform creates.
  EOT
}
