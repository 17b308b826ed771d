rule "mfa-cognito-user-pool-mfa-enabled" {
  id       = "MFA004"
  title    = "Cognito user pools offer multi-factor authentication"
  family   = "identity"
  severity = "medium"
  resources = ["aws_cognito_user_pool"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # mfa_configuration defaults to "OFF". "OPTIONAL" passes here: users can turn MFA on and
  # the application can require it for some of them; making it mandatory for everyone is
  # MFA005 (preset all), since for public sign-up pools that is a product decision.
  # Mapping: MFA is CC6.6 in Steampipe, CC6.1/CC6.2 in ElectricEye; we use CC6.1 and CC6.6.
  assert   = self.mfa_configuration == "ON" || self.mfa_configuration == "OPTIONAL"
  location = "mfa_configuration"

  message     = "the user pool does not allow MFA (mfa_configuration is \"OFF\" or unset)"
  remediation = "Set mfa_configuration = \"ON\" (or \"OPTIONAL\") and configure software_token_mfa_configuration { enabled = true } and/or sms_configuration, or email_mfa_configuration."
  why         = <<-EOT
    A user pool with MFA off signs users in with a password alone, so a phished or reused
    password is enough to take over an account. Offering a second factor is the baseline
    auditors expect for any system that holds user accounts.
  EOT
}
