resource "aws_launch_template" "public_string" {
  name_prefix = "public-string"

  network_interfaces {
    associate_public_ip_address = "true" # expect: launch-template-no-public-ip
    security_groups             = ["sg-123"]
  }
}

resource "aws_launch_template" "public_bool" {
  name_prefix = "public-bool"

  network_interfaces {
    associate_public_ip_address = true # expect: launch-template-no-public-ip
  }
}

variable "interfaces" {
  default = [
    { public = false, index = 0 },
    { public = true, index = 1 },
  ]
}

resource "aws_launch_template" "dynamic_interfaces" {
  name_prefix = "dynamic-interfaces"

  dynamic "network_interfaces" {
    for_each = var.interfaces
    content {
      device_index                = network_interfaces.value.index
      associate_public_ip_address = network_interfaces.value.public # expect: launch-template-no-public-ip
    }
  }
}
