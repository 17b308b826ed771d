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
