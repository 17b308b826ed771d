rule "workspaces-volumes-encrypted" {
  id       = "ENC026"
  title    = "WorkSpaces encrypt their root and user volumes"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_workspaces_workspace"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Both flags default to false; volume_encryption_key names the KMS key used when either is on.
  assert   = self.root_volume_encryption_enabled == true && self.user_volume_encryption_enabled == true
  location = "user_volume_encryption_enabled"

  message     = "the WorkSpace does not encrypt both its root and user volumes"
  remediation = "Set root_volume_encryption_enabled = true and user_volume_encryption_enabled = true with volume_encryption_key. Encryption cannot be added to an existing WorkSpace: rebuild it."
  why         = <<-EOT
    A virtual desktop's user volume holds the user's documents, downloads and browser
    profile, and the root volume holds cached credentials and application data. WorkSpaces
    leaves both unencrypted unless encryption is requested at creation.
  EOT
}
