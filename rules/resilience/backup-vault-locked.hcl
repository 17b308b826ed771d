rule "backup-vault-locked" {
  id       = "RES015"
  title    = "AWS Backup vaults have a vault lock"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_backup_vault"]
  criteria = {
    soc2 = ["A1.2", "C1.1"]
    sox  = ["ITGC-CO"]
  }

  # A vault is locked when an aws_backup_vault_lock_configuration names it. Preset "all": a
  # lock (in compliance mode, irreversible after its grace period) is a retention commitment
  # the organisation makes, not something every configuration needs. Mapping: A1.2, and C1.1
  # as the lock protects recovery points from destruction; ITGC-CO.
  assert = length(referrers("aws_backup_vault_lock_configuration", "backup_vault_name")) > 0

  message     = "no vault lock protects the recovery points in the vault"
  remediation = "Add an aws_backup_vault_lock_configuration for the vault with min_retention_days (and max_retention_days); set changeable_for_days to make it a compliance-mode lock once the settings are proven."
  why         = <<-EOT
    Without a lock, anyone with enough permissions, including an attacker holding stolen
    administrator credentials, can delete recovery points or shorten their retention before
    encrypting or destroying the data they protect. A vault lock enforces the retention even
    against the account's own administrators.
  EOT
}
