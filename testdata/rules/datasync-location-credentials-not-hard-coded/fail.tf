resource "aws_datasync_location_object_storage" "literal" {
  agent_arns      = ["arn:aws:datasync:eu-west-1:111122223333:agent/agent-0123456789abcdef0"]
  server_hostname = "minio.example.com"
  bucket_name     = "exports"
  access_key      = "minio-exporter"
  secret_key      = "Minio-Secret-Key-0001" # expect: datasync-location-credentials-not-hard-coded
}

variable "share_password" {
  type    = string
  default = "Share-Pass-2024"
}

resource "aws_datasync_location_smb" "variable_default" { # expect: datasync-location-credentials-not-hard-coded
  agent_arns      = ["arn:aws:datasync:eu-west-1:111122223333:agent/agent-0123456789abcdef0"]
  server_hostname = "files.example.com"
  subdirectory    = "/finance/"
  user            = "datasync"
  password        = var.share_password
}

locals {
  fsx_user = { name = "svc-datasync", password = "Fsx-Windows-77" }
}

resource "aws_datasync_location_fsx_windows_file_system" "local_value" { # expect: datasync-location-credentials-not-hard-coded
  for_each            = toset(["a"])
  fsx_filesystem_arn  = "arn:aws:fsx:eu-west-1:111122223333:file-system/fs-0123456789abcdef0"
  user                = local.fsx_user.name
  password            = local.fsx_user.password
  security_group_arns = ["arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123456789abcdef0"]
}
