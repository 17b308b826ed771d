resource "aws_lb" "unprotected" { # expect: lb-deletion-protection-enabled
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
}

variable "protect" {
  default = false
}

resource "aws_alb" "legacy_name" {
  name                       = "legacy"
  subnets                    = ["subnet-1", "subnet-2"]
  enable_deletion_protection = var.protect # expect: lb-deletion-protection-enabled
}
