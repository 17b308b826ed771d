variable "desync_mode_unset" {
  type = string
}

resource "aws_lb" "default_defensive" {
  name    = "default-defensive"
  subnets = ["subnet-a", "subnet-b"]
}

resource "aws_lb" "strictest" {
  name                   = "strictest"
  subnets                = ["subnet-a", "subnet-b"]
  desync_mitigation_mode = "strictest"
}

resource "aws_elb" "classic_default" {
  name               = "classic-default"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 443
    instance_protocol = "https"
    lb_port           = 443
    lb_protocol       = "https"
  }
}

resource "aws_lb" "unknown" {
  name                   = "unknown"
  subnets                = ["subnet-a", "subnet-b"]
  desync_mitigation_mode = var.desync_mode_unset
}
