rule "instance-block-devices-encrypted" {
  id       = "ENC004"
  title    = "EC2 instances encrypt the block devices they declare"
  family   = "encryption"
  severity = "high"
  resources = ["aws_instance"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only devices declared here are checked: an undeclared root volume follows the AMI and the
  # account's default encryption, which the configuration does not show. A device restored from
  # a snapshot inherits that snapshot's encryption. An aws_ebs_encryption_by_default in the
  # configuration (enabled unless it says enabled = false) encrypts every new volume of the
  # account and region, even one that asks for encrypted = false.
  assert = anytrue([for d in resources("aws_ebs_encryption_by_default") : d.enabled != false]) || (
    (self.root_block_device == null || alltrue([
      for d in self.root_block_device : d.encrypted == true
    ])) &&
    (self.ebs_block_device == null || alltrue([
      for d in self.ebs_block_device : d.encrypted == true || is_set(d.snapshot_id)
    ]))
  )

  message     = "a root_block_device or ebs_block_device of the instance does not set encrypted = true"
  remediation = "Set encrypted = true in every root_block_device and ebs_block_device block of the instance (optionally with kms_key_id)."
  why         = <<-EOT
    Instance volumes hold operating system files, application data and often cached
    credentials. When a block device is declared in the configuration, its encryption should
    be declared there too, so the protection does not depend on the AMI or on a region-wide
    default that can be switched off.
  EOT
}
