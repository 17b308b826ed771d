rule "secretsmanager-secret-value-not-hard-coded" {
  id       = "IAM024"
  title    = "Secrets Manager secret values are not written in the configuration"
  family   = "identity"
  severity = "high"
  resources = ["aws_secretsmanager_secret_version"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # A value known before apply was written into the configuration: a literal, a local, a
  # variable default or a committed .tfvars file. A value built from something known only at
  # apply (random_password.x.result inside jsonencode, a variable without a value) is
  # undecided, not a finding. A placeholder overwritten outside Terraform (with
  # lifecycle { ignore_changes = [secret_string] }) is reported too: the rule cannot see
  # lifecycle settings, so record the exception.
  assert   = self.secret_string == null || self.secret_string == ""
  location = "secret_string"

  message     = "the secret's value is written in the configuration"
  remediation = "Generate the value (random_password) or let the service manage it (manage_master_user_password for RDS), use the write-only secret_string_wo, or set the value outside Terraform."
  why         = <<-EOT
    A secret stored in Secrets Manager is only as secret as its source. When its value is
    written in Terraform code it also lives in version control, its history and every
    clone, where the access controls and audit trail of Secrets Manager do not apply.
  EOT
}
