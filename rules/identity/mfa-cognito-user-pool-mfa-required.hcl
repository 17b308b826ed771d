rule "mfa-cognito-user-pool-mfa-required" {
  id       = "MFA005"
  title    = "Cognito user pools require multi-factor authentication"
  family   = "identity"
  severity = "low"
  preset   = "all"
  resources = ["aws_cognito_user_pool"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Stricter than MFA004: only mfa_configuration = "ON" passes. Pools for workforce or admin
  # users should require MFA; for consumer pools this is a product decision, hence preset all.
  assert   = self.mfa_configuration == "ON"
  location = "mfa_configuration"

  message     = "the user pool does not require MFA of every user (mfa_configuration is not \"ON\")"
  remediation = "Set mfa_configuration = \"ON\" with at least one factor configured (software_token_mfa_configuration, sms_configuration or email_mfa_configuration)."
  why         = <<-EOT
    With MFA optional, users who never enrol keep signing in with a password alone. When
    the pool holds staff, administrators or customers of a regulated service, requiring MFA
    for all of them is what closes that gap.
  EOT
}
