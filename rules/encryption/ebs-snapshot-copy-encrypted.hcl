rule "ebs-snapshot-copy-encrypted" {
  id       = "ENC012"
  title    = "EBS snapshot copies are encrypted"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_ebs_snapshot_copy"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # A copy is encrypted when it asks for it, when the source snapshot is encrypted (not visible
  # here), or when EBS encryption by default is on for the destination region. Copying is the
  # one moment an unencrypted snapshot can be encrypted, so the copy should say so. An
  # aws_ebs_encryption_by_default in the configuration (enabled unless enabled = false) counts.
  assert   = self.encrypted == true || anytrue([for d in resources("aws_ebs_encryption_by_default") : d.enabled != false])
  location = "encrypted"

  message     = "the snapshot copy does not set encrypted = true"
  remediation = "Set encrypted = true on the copy (optionally with kms_key_id for a customer managed key in the destination region)."
  why         = <<-EOT
    Snapshot copies are how volume data moves to another region or account, for disaster
    recovery or sharing. Without encrypted = true the copy is only as protected as its source,
    which the configuration does not show; asking for encryption guarantees that the data at
    the destination is encrypted at rest even when the source snapshot was not.
  EOT

  fix {
    title = "Set encrypted = true"
    set {
      encrypted = true
    }
  }
}
