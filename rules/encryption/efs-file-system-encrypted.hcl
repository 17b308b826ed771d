rule "efs-file-system-encrypted" {
  id       = "ENC008"
  title    = "EFS file systems are encrypted at rest"
  family   = "encryption"
  severity = "high"
  resources = ["aws_efs_file_system"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  assert   = self.encrypted == true
  location = "encrypted"

  message     = "the file system does not set encrypted = true"
  remediation = "Set encrypted = true (optionally with kms_key_id). An existing file system cannot be encrypted in place; create an encrypted one and copy the data."
  why         = <<-EOT
    Through the API, and so through Terraform, EFS creates unencrypted file systems unless
    encryption is requested, and it cannot be turned on later. Shared file systems often hold
    application data from many hosts, so unencrypted storage exposes all of it at once.
  EOT

  fix {
    title = "Set encrypted = true"
    set {
      encrypted = true
    }
  }
}
