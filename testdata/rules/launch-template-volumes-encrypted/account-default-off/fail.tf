# The account default is declared but switched off through a variable: it encrypts nothing.
variable "ebs_default_encryption" {
  type    = bool
  default = false
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = var.ebs_default_encryption
}

resource "aws_launch_template" "workers" {
  name = "workers"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
      encrypted   = false # expect: launch-template-volumes-encrypted
    }
  }
}
