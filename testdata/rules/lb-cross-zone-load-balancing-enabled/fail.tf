variable "cross_zone" {
  type    = bool
  default = false
}

resource "aws_lb" "ingest_nlb" { # expect: lb-cross-zone-load-balancing-enabled
  name               = "ingest"
  load_balancer_type = "network"
  subnets            = ["subnet-0aa11", "subnet-0bb22"]
}

resource "aws_lb" "syslog_nlb" {
  name                             = "syslog"
  load_balancer_type               = "network"
  subnets                          = ["subnet-0aa11", "subnet-0bb22"]
  enable_cross_zone_load_balancing = var.cross_zone # expect: lb-cross-zone-load-balancing-enabled
}

resource "aws_lb" "inspection_gwlb" {
  for_each                         = toset(["east", "west"])
  name                             = "inspect-${each.key}"
  load_balancer_type               = "gateway"
  subnets                          = ["subnet-0aa11", "subnet-0bb22"]
  enable_cross_zone_load_balancing = false # expect: lb-cross-zone-load-balancing-enabled
}

resource "aws_alb" "legacy_name_nlb" { # expect: lb-cross-zone-load-balancing-enabled
  name               = "legacy"
  load_balancer_type = "network"
  subnets            = ["subnet-0aa11", "subnet-0bb22"]
}
