rule "ecs-efs-volume-transit-encryption" {
  id       = "ENC059"
  title    = "ECS task definitions mount EFS volumes with encryption in transit"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_ecs_task_definition"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # efs_volume_configuration.transit_encryption defaults to "DISABLED": the task then mounts
  # the file system over unencrypted NFS. Volumes that are not EFS (bind mounts, Docker
  # volumes, FSx for Windows) are not judged.
  assert = self.volume == null || alltrue([
    for v in self.volume : alltrue([
      for e in coalesce(v.efs_volume_configuration, []) :
      upper(coalesce(e.transit_encryption, "DISABLED")) == "ENABLED"
    ])
  ])
  location = "volume.efs_volume_configuration.transit_encryption"

  message     = "an EFS volume is mounted without encryption in transit (transit_encryption is \"DISABLED\" or unset)"
  remediation = "Set transit_encryption = \"ENABLED\" in each efs_volume_configuration (and consider authorization_config { iam = \"ENABLED\" } with an access point)."
  why         = <<-EOT
    Without transit encryption, ECS mounts the EFS file system over plain NFS, so every file
    the task reads or writes crosses the network in clear text. Enabling it makes the EFS
    mount helper use TLS; ECS leaves it disabled unless asked.
  EOT
}
