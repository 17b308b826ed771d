rule "ami-copy-encrypted" {
  id       = "ENC013"
  title    = "Copied AMIs encrypt their EBS snapshots"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_ami_copy"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # The provider's encrypted defaults to false: the copy's snapshots then keep the source
  # AMI's encryption, which is not visible here, unless EBS encryption by default is on in the
  # destination region. An aws_ebs_encryption_by_default in the configuration (enabled unless
  # enabled = false) counts.
  assert   = self.encrypted == true || anytrue([for d in resources("aws_ebs_encryption_by_default") : d.enabled != false])
  location = "encrypted"

  message     = "the AMI copy does not set encrypted = true"
  remediation = "Set encrypted = true on the aws_ami_copy (optionally with kms_key_id), so every snapshot of the copied image is encrypted."
  why         = <<-EOT
    An AMI's snapshots hold a full disk image: operating system, installed software and often
    configuration secrets. Every instance launched from the copy starts from those snapshots.
    Encrypting at copy time protects the image and everything launched from it, whatever the
    source image was.
  EOT

  fix {
    title = "Set encrypted = true"
    set {
      encrypted = true
    }
  }
}
