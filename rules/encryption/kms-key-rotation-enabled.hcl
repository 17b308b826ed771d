rule "kms-key-rotation-enabled" {
  id       = "ENC010"
  title    = "Symmetric KMS keys rotate their key material automatically"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_kms_key"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Automatic rotation exists only for symmetric encryption keys in the default key store;
  # asymmetric, HMAC and custom key store keys are not judged.
  assert = (
    self.enable_key_rotation == true ||
    (self.customer_master_key_spec != null && self.customer_master_key_spec != "SYMMETRIC_DEFAULT") ||
    (self.key_usage != null && self.key_usage != "ENCRYPT_DECRYPT") ||
    is_set(self.custom_key_store_id)
  )
  location = "enable_key_rotation"

  message     = "automatic rotation is not enabled for this symmetric key"
  remediation = "Set enable_key_rotation = true (and rotation_period_in_days if a period other than one year is required)."
  why         = <<-EOT
    Rotating key material limits how much data depends on any one key version and follows the
    key management practice most security policies require. KMS keeps old versions for
    decryption, so rotation needs no re-encryption and no application change.
  EOT

  fix {
    title = "Set enable_key_rotation = true"
    set {
      enable_key_rotation = true
    }
  }
}
