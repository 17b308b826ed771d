resource "aws_launch_configuration" "root_plain" { # expect: launch-configuration-volumes-encrypted
  name_prefix   = "root-plain-"
  image_id      = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
  }
}

variable "data_volume_encrypted" {
  type    = bool
  default = false
}

# The data volume takes its encryption from a variable whose default is false.
resource "aws_launch_configuration" "data_from_variable" { # expect: launch-configuration-volumes-encrypted
  name_prefix   = "data-var-"
  image_id      = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = var.data_volume_encrypted
  }
}

# Devices from a dynamic block, one of them unencrypted.
locals {
  devices = {
    "/dev/sdg" = true
    "/dev/sdh" = false
  }
}

resource "aws_launch_configuration" "dynamic_devices" { # expect: launch-configuration-volumes-encrypted
  name_prefix   = "dynamic-"
  image_id      = "ami-12345678"
  instance_type = "t3.micro"

  dynamic "ebs_block_device" {
    for_each = local.devices
    content {
      device_name = ebs_block_device.key
      encrypted   = ebs_block_device.value
    }
  }
}
