variable "drop_headers" {
  type    = bool
  default = false
}

resource "aws_lb" "default_application" { # expect: alb-drops-invalid-header-fields
  name    = "default-application"
  subnets = ["subnet-a", "subnet-b"]
}

resource "aws_lb" "explicit_false" {
  for_each                   = toset(["public", "internal"])
  name                       = "explicit-${each.key}"
  load_balancer_type         = "application"
  subnets                    = ["subnet-a", "subnet-b"]
  drop_invalid_header_fields = var.drop_headers # expect: alb-drops-invalid-header-fields
}

resource "aws_alb" "legacy_name" { # expect: alb-drops-invalid-header-fields
  name    = "legacy-name"
  subnets = ["subnet-a", "subnet-b"]
}
