resource "aws_backup_vault" "default" { # expect: backup-vault-encrypted-with-cmk
  name = "default-key"
}

variable "vault_key" {
  type    = string
  default = "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup"
}

resource "aws_backup_vault" "aws_alias" {
  name        = "aws-alias"
  kms_key_arn = var.vault_key # expect: backup-vault-encrypted-with-cmk
}
