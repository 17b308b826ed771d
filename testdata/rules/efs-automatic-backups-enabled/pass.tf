resource "aws_efs_file_system" "enabled" {
  creation_token = "enabled"
}

resource "aws_efs_backup_policy" "enabled" {
  file_system_id = aws_efs_file_system.enabled.id
  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_efs_file_system" "one_zone" {
  creation_token         = "one-zone"
  availability_zone_name = "eu-west-1b"
}

variable "status_from_caller" {
  type = string
}

# Decided by the caller: undecided here.
resource "aws_efs_file_system" "caller_decides" {
  creation_token = "caller"
}

resource "aws_efs_backup_policy" "caller_decides" {
  file_system_id = aws_efs_file_system.caller_decides.id
  backup_policy {
    status = var.status_from_caller
  }
}
