resource "aws_efs_file_system" "shared" { # expect: efs-file-system-encrypted-with-cmk
  creation_token = "shared"
  encrypted      = true
}

locals {
  efs_key = "arn:aws:kms:eu-west-1:111122223333:alias/aws/elasticfilesystem"
}

resource "aws_efs_file_system" "aws_alias" {
  creation_token = "aws-alias"
  encrypted      = true
  kms_key_id     = local.efs_key # expect: efs-file-system-encrypted-with-cmk
}
