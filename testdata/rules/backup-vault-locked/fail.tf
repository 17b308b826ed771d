resource "aws_backup_vault" "unlocked" { # expect: backup-vault-locked
  name = "unlocked"
}

resource "aws_backup_vault" "per_region" { # expect: backup-vault-locked
  for_each = toset(["primary", "secondary"])
  name     = "vault-${each.key}"
}
