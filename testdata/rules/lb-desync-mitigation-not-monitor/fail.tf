variable "desync_mode" {
  type    = string
  default = "monitor"
}

resource "aws_lb" "monitor_only" {
  name                   = "monitor-only"
  subnets                = ["subnet-a", "subnet-b"]
  desync_mitigation_mode = "monitor" # expect: lb-desync-mitigation-not-monitor
}

resource "aws_alb" "monitor_from_variable" {
  count                  = 2
  name                   = "monitor-${count.index}"
  subnets                = ["subnet-a", "subnet-b"]
  desync_mitigation_mode = var.desync_mode # expect: lb-desync-mitigation-not-monitor
}

resource "aws_elb" "classic_monitor" {
  name                   = "classic-monitor"
  availability_zones     = ["eu-west-1a"]
  desync_mitigation_mode = "monitor" # expect: lb-desync-mitigation-not-monitor

  listener {
    instance_port     = 443
    instance_protocol = "https"
    lb_port           = 443
    lb_protocol       = "https"
  }
}
