variable "efs_encrypted" {
  type = bool
}

resource "aws_efs_file_system" "encrypted" {
  creation_token = "encrypted"
  encrypted      = true
}

resource "aws_efs_file_system" "unknown" {
  creation_token = "unknown"
  encrypted      = var.efs_encrypted
}
