rule "backup-vault-encrypted-with-cmk" {
  id       = "ENC034"
  title    = "Backup vaults encrypt recovery points with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_backup_vault"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Backups are always encrypted (aws/backup by default); services that encrypt their own
  # snapshots (EBS, RDS...) keep their source key whatever the vault says.
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = (is_set(self.kms_key_arn) && !(is_known(self.kms_key_arn) && (startswith(self.kms_key_arn, "alias/aws/") || strcontains(self.kms_key_arn, ":alias/aws/"))))
  location = "kms_key_arn"

  message     = "the vault encrypts backups with the AWS managed key aws/backup"
  remediation = "Set kms_key_arn to a customer managed key, ideally kept in a separate account or with a restrictive key policy. It cannot be changed after the vault is created."
  why         = <<-EOT
    AWS Backup always encrypts recovery points it stores, with the AWS managed key aws/backup
    unless the vault names another. A customer managed key lets the key policy limit who can
    restore, a defence against an attacker who gains backup permissions. Policy-dependent:
    preset "all".
  EOT
}
