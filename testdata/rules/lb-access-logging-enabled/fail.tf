resource "aws_lb" "no_logs" { # expect: lb-access-logging-enabled
  name               = "no-logs"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}

# A bucket alone does not turn logging on: enabled defaults to false.
resource "aws_lb" "bucket_only" {
  name    = "bucket-only"
  subnets = ["subnet-1", "subnet-2"]

  access_logs { # expect: lb-access-logging-enabled
    bucket = "lb-logs"
  }
}

resource "aws_alb" "disabled" {
  name    = "disabled"
  subnets = ["subnet-1", "subnet-2"]

  access_logs {
    bucket  = "lb-logs"
    enabled = false # expect: lb-access-logging-enabled
  }
}

resource "aws_elb" "classic_no_logs" { # expect: lb-access-logging-enabled
  name               = "classic-no-logs"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

variable "classic_logs_enabled" {
  type    = bool
  default = false
}

resource "aws_elb" "classic_switched_off" {
  name               = "classic-switched-off"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket  = "elb-logs"
    enabled = var.classic_logs_enabled # expect: lb-access-logging-enabled
  }

  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
