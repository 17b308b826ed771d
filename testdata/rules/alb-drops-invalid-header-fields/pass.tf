variable "drop_headers_unset" {
  type = bool
}

resource "aws_lb" "dropping" {
  name                       = "dropping"
  subnets                    = ["subnet-a", "subnet-b"]
  drop_invalid_header_fields = true
}

resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
  subnets            = ["subnet-a", "subnet-b"]
}

resource "aws_lb" "unknown" {
  name                       = "unknown"
  subnets                    = ["subnet-a", "subnet-b"]
  drop_invalid_header_fields = var.drop_headers_unset
}
