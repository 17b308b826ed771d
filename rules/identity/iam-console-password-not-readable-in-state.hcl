rule "iam-console-password-not-readable-in-state" {
  id       = "IAM008"
  title    = "Console passwords created by Terraform are encrypted or must be changed at first sign-in"
  family   = "identity"
  severity = "medium"
  resources = ["aws_iam_user_login_profile"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  # Since AWS provider 4.1 pgp_key is optional; without it the generated password is
  # returned in the `password` attribute and stored in the state in plain text. A password
  # that must be changed at first sign-in (password_reset_required = true; AWS's default is
  # false) stops working once the user has signed in, so its copy in the state soon opens
  # nothing.
  assert   = is_set(self.pgp_key) || self.password_reset_required == true
  location = "pgp_key"

  message     = "the generated console password is stored in the state in plain text and stays valid (no pgp_key, password_reset_required not true)"
  remediation = "Set password_reset_required = true so the user must choose a new password at first sign-in, and/or set pgp_key so that only the user can decrypt the initial password. Better, sign people in through IAM Identity Center."
  why         = <<-EOT
    A password that Terraform generates is written to the state. If it is neither encrypted
    for its owner nor replaced at first sign-in, everyone who can read the state (CI jobs,
    the state bucket, its backups) holds a working console credential for that user, and
    actions taken with it can no longer be attributed to one person.
  EOT
}
