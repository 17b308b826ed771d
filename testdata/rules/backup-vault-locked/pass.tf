resource "aws_backup_vault" "locked" {
  name = "locked"
}

resource "aws_backup_vault_lock_configuration" "locked" {
  backup_vault_name   = aws_backup_vault.locked.name
  min_retention_days  = 7
  max_retention_days  = 365
  changeable_for_days = 3
}

locals {
  vaults = toset(["audit", "finance"])
}

resource "aws_backup_vault" "locked_each" {
  for_each = local.vaults
  name     = each.key
}

resource "aws_backup_vault_lock_configuration" "locked_each" {
  for_each           = aws_backup_vault.locked_each
  backup_vault_name  = each.value.name
  min_retention_days = 30
}
