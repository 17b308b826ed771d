resource "aws_efs_file_system" "unset" { # expect: efs-file-system-encrypted
  creation_token = "unset"
}

locals {
  efs_encrypted = false
}

resource "aws_efs_file_system" "from_local" {
  creation_token = "from-local"
  encrypted      = local.efs_encrypted # expect: efs-file-system-encrypted
}
