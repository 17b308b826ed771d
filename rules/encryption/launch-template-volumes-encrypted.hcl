rule "launch-template-volumes-encrypted" {
  id       = "ENC005"
  title    = "Launch templates encrypt the EBS volumes they declare"
  family   = "encryption"
  severity = "high"
  resources = ["aws_launch_template"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # The provider types `encrypted` as a string here, so both true and "true" are accepted.
  # Mappings without an ebs block (instance store, no_device) and volumes restored from a
  # snapshot are not judged. An aws_ebs_encryption_by_default in the configuration (enabled
  # unless it says enabled = false) encrypts every volume launched in the account and region.
  assert = anytrue([for d in resources("aws_ebs_encryption_by_default") : d.enabled != false]) || self.block_device_mappings == null || alltrue([
    for m in self.block_device_mappings : m.ebs == null || alltrue([
      for e in m.ebs : e.encrypted == true || e.encrypted == "true" || is_set(e.snapshot_id)
    ])
  ])
  location = "block_device_mappings.ebs.encrypted"

  message     = "an EBS volume in block_device_mappings does not set encrypted = true"
  remediation = "Set encrypted = true in the ebs block of every block_device_mappings entry (optionally with kms_key_id)."
  why         = <<-EOT
    Every instance started from the template, including those an Auto Scaling group or EKS
    node group launches, gets the volumes the template describes. An unencrypted mapping
    therefore repeats unencrypted storage across a whole fleet.
  EOT
}
