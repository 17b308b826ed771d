variable "access_logs" {
  type = map(string)
}

resource "aws_lb" "logged" {
  name    = "logged"
  subnets = ["subnet-1", "subnet-2"]

  access_logs {
    bucket  = "lb-logs"
    prefix  = "logged"
    enabled = true
  }
}

resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "gateway" {
  name               = "gateway"
  load_balancer_type = "gateway"
  subnets            = ["subnet-1"]
}

resource "aws_lb" "dynamic_logs" {
  name    = "dynamic-logs"
  subnets = ["subnet-1", "subnet-2"]

  dynamic "access_logs" {
    for_each = length(var.access_logs) > 0 ? [var.access_logs] : []
    content {
      bucket  = access_logs.value.bucket
      enabled = true
    }
  }
}

# On a Classic Load Balancer an access_logs block is enabled unless it says otherwise.
resource "aws_elb" "classic_logged" {
  name               = "classic-logged"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket   = "elb-logs"
    interval = 60
  }

  listener {
    instance_port     = 443
    instance_protocol = "https"
    lb_port           = 443
    lb_protocol       = "https"
  }
}

locals {
  alb_logging = { bucket = "lb-logs", enabled = true }
}

resource "aws_lb" "from_local" {
  for_each = toset(["public", "admin"])
  name     = "from-local-${each.key}"
  subnets  = ["subnet-1", "subnet-2"]

  access_logs {
    bucket  = local.alb_logging.bucket
    prefix  = each.key
    enabled = local.alb_logging.enabled
  }
}
