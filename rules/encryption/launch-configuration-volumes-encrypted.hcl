rule "launch-configuration-volumes-encrypted" {
  id       = "ENC011"
  title    = "Launch configurations encrypt the EBS volumes they declare"
  family   = "encryption"
  severity = "high"
  resources = ["aws_launch_configuration"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only the root_block_device and ebs_block_device blocks written here are judged; an
  # undeclared root volume follows the AMI. A device restored from a snapshot inherits the
  # snapshot's encryption. An aws_ebs_encryption_by_default in the configuration (enabled
  # unless it says enabled = false) encrypts every volume launched in the account and region.
  assert = anytrue([for d in resources("aws_ebs_encryption_by_default") : d.enabled != false]) || (
    (self.root_block_device == null || alltrue([
      for d in self.root_block_device : d.encrypted == true
    ])) &&
    (self.ebs_block_device == null || alltrue([
      for d in self.ebs_block_device : d.encrypted == true || is_set(d.snapshot_id)
    ]))
  )

  message     = "a root_block_device or ebs_block_device of the launch configuration does not set encrypted = true"
  remediation = "Set encrypted = true in every root_block_device and ebs_block_device block, or better, move to an aws_launch_template (launch configurations are no longer updated by AWS) with encrypted volumes."
  why         = <<-EOT
    An Auto Scaling group starts every instance with the volumes its launch configuration
    describes, so one unencrypted device is repeated across the whole fleet, including the
    instances that replace failed ones. Declaring the encryption next to the device keeps it
    visible in review instead of depending on the AMI or on an account setting.
  EOT
}
