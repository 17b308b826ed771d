rule "ebs-encryption-by-default-enabled" {
  id       = "ENC014"
  title    = "EBS encryption by default is not switched off"
  family   = "encryption"
  severity = "high"
  resources = ["aws_ebs_encryption_by_default"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # The resource is judged only where a configuration declares it: enabled defaults to true.
  # Whether an account without the resource has the setting on is not visible here (an
  # account-baseline question).
  assert   = self.enabled != false
  location = "enabled"

  message     = "EBS encryption by default is declared and switched off (enabled = false)"
  remediation = "Set enabled = true (or remove the argument), so every new EBS volume and snapshot copy in the region is encrypted."
  why         = <<-EOT
    EBS encryption by default is a per-region account setting, off unless someone turns it on.
    When on, every new volume is encrypted, even those created by tools that never ask for it.
    A configuration that manages the setting and turns it off removes that safety net for the
    whole region.
  EOT

  fix {
    title = "Set enabled = true"
    set {
      enabled = true
    }
  }
}
