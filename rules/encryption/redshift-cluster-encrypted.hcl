rule "redshift-cluster-encrypted" {
  id       = "ENC018"
  title    = "Redshift clusters are not created unencrypted"
  family   = "encryption"
  severity = "high"
  resources = ["aws_redshift_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # AWS provider 6.0 made encrypted default to true, and Redshift has encrypted new
  # provisioned clusters by default since early 2025, so only an explicit encrypted = false
  # is a finding. (With provider 5.x and earlier an unset value meant false: set it
  # explicitly if older providers may apply the configuration.) A restore from a snapshot
  # takes the snapshot's encryption.
  assert   = self.encrypted != false || is_set(self.snapshot_identifier)
  location = "encrypted"

  message     = "the Redshift cluster sets encrypted = false"
  remediation = "Set encrypted = true (or remove the argument with provider 6.0 or later), optionally with kms_key_id for a customer managed key."
  why         = <<-EOT
    A data warehouse concentrates data from many systems, often including customer and
    financial records. Clusters created with encryption switched off store all of it, and
    their snapshots, unencrypted. AWS and the Terraform provider now encrypt by default, so
    an explicit opt-out is a deliberate weakening that reviewers should see.
  EOT

  fix {
    title = "Set encrypted = true"
    set {
      encrypted = true
    }
  }
}
