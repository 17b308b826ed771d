variable "lb_type" {
  type = string
}

locals {
  cross_zone = true
}

resource "aws_lb" "api_nlb" {
  name                             = "api"
  load_balancer_type               = "network"
  subnets                          = ["subnet-0aa11", "subnet-0bb22"]
  enable_cross_zone_load_balancing = local.cross_zone
}

# Application Load Balancers always balance across zones.
resource "aws_lb" "web_alb" {
  name    = "web"
  subnets = ["subnet-0aa11", "subnet-0bb22"]
}

resource "aws_lb" "admin_alb" {
  name               = "admin"
  load_balancer_type = "application"
  subnets            = ["subnet-0aa11", "subnet-0bb22"]
}

# The type is known only when the variable gets a value: undecided.
resource "aws_lb" "type_unknown" {
  name               = "unknown-type"
  load_balancer_type = var.lb_type
  subnets            = ["subnet-0aa11", "subnet-0bb22"]
}
