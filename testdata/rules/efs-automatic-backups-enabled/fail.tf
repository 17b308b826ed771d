resource "aws_efs_file_system" "no_policy" { # expect: efs-automatic-backups-enabled
  creation_token = "shared"
}

resource "aws_efs_file_system" "disabled" { # expect: efs-automatic-backups-enabled
  creation_token = "disabled"
}

resource "aws_efs_backup_policy" "disabled" {
  file_system_id = aws_efs_file_system.disabled.id
  backup_policy {
    status = "DISABLED"
  }
}

# One Zone file systems are backed up by default, unless a policy turns it off.
resource "aws_efs_file_system" "one_zone_disabled" { # expect: efs-automatic-backups-enabled
  creation_token         = "one-zone-disabled"
  availability_zone_name = "eu-west-1a"
}

variable "backup_status" {
  default = "DISABLED"
}

resource "aws_efs_backup_policy" "one_zone_disabled" {
  file_system_id = aws_efs_file_system.one_zone_disabled.id
  backup_policy {
    status = var.backup_status
  }
}

# Every instance of a for_each is judged.
resource "aws_efs_file_system" "per_app" { # expect: efs-automatic-backups-enabled
  for_each       = toset(["cms", "uploads"])
  creation_token = each.key
}
