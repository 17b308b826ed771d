rule "ebs-volume-encrypted" {
  id       = "ENC003"
  title    = "EBS volumes are encrypted at rest"
  family   = "encryption"
  severity = "high"
  resources = ["aws_ebs_volume"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # A volume restored from a snapshot inherits the snapshot's encryption, which is not visible
  # here. An aws_ebs_encryption_by_default in the same configuration (enabled unless it says
  # enabled = false) encrypts every new volume of the account and region.
  assert = (
    self.encrypted == true || is_set(self.snapshot_id) ||
    anytrue([for d in resources("aws_ebs_encryption_by_default") : d.enabled != false])
  )
  location = "encrypted"

  message     = "the volume does not set encrypted = true"
  remediation = "Set encrypted = true on the volume (optionally with kms_key_id). Encryption cannot be added to an existing volume: copy it through an encrypted snapshot."
  why         = <<-EOT
    An EBS volume is encrypted only when the volume asks for it or the account enables EBS
    encryption by default. Declaring either in the configuration makes the protection visible
    in review; a region-wide default set elsewhere is not, and can be turned off unseen.
    Snapshots taken from an encrypted volume stay encrypted too.
  EOT

  fix {
    title = "Set encrypted = true"
    set {
      encrypted = true
    }
  }
}
