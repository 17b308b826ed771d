variable "public" {
  type = string
}

resource "aws_launch_template" "no_interfaces" {
  name_prefix            = "no-interfaces"
  vpc_security_group_ids = ["sg-123"]
}

resource "aws_launch_template" "private" {
  name_prefix = "private"

  network_interfaces {
    associate_public_ip_address = "false"
    delete_on_termination       = true
  }
}

resource "aws_launch_template" "unset" {
  name_prefix = "unset"

  network_interfaces {
    security_groups = ["sg-123"]
  }
}

resource "aws_launch_template" "unknown" {
  name_prefix = "unknown"

  network_interfaces {
    associate_public_ip_address = var.public
  }
}
