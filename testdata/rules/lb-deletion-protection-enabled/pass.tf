variable "protect_from_caller" {
  type = bool
}

resource "aws_lb" "protected" {
  name                       = "api"
  load_balancer_type         = "network"
  subnets                    = ["subnet-1", "subnet-2"]
  enable_deletion_protection = true
}

resource "aws_lb" "caller_decides" {
  name                       = "caller"
  subnets                    = ["subnet-1", "subnet-2"]
  enable_deletion_protection = var.protect_from_caller
}
