resource "aws_backup_vault" "default" { # expect: backup-vault-encrypted-with-cmk
  name = "default-key"
}
