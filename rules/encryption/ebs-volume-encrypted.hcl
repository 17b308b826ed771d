rule "ebs-volume-encrypted" {
  id       = "ENC003"
  title    = "EBS volumes are encrypted at rest"
  family   = "encryption"
  severity = "high"
  resources = ["aws_ebs_volume"]
  criteria = {
    soc2 = ["CC6.1"]
  }

  # A volume restored from a snapshot inherits the snapshot's encryption, which is not visible
  # here.
  assert = self.encrypted == true || is_set(self.snapshot_id)
  location = "encrypted"

  message     = "the volume does not set encrypted = true"
  remediation = "Set encrypted = true on the volume (optionally with kms_key_id). Encryption cannot be added to an existing volume: copy it through an encrypted snapshot."
  why         = <<-EOT
    An EBS volume is encrypted only when the volume asks for it or the account enables EBS
    encryption by default. Declaring it on the volume makes the protection visible in review
    and independent of a region-wide setting that can be turned off. Snapshots taken from an
    encrypted volume stay encrypted too.
  EOT
}
