variable "frontend_protocol" {
  type    = string
  default = "HTTP"
}

resource "aws_elb" "http_only" {
  name               = "http-only"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http" # expect: elb-classic-listener-uses-tls
  }
}

# The HTTPS listener is fine, the second (HTTP, from a variable default) is not.
resource "aws_elb" "https_and_http" {
  name               = "https-and-http"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  }

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = var.frontend_protocol # expect: elb-classic-listener-uses-tls
  }
}

locals {
  ports = [80, 8080]
}

resource "aws_elb" "dynamic_http" {
  name               = "dynamic-http"
  availability_zones = ["eu-west-1a"]

  dynamic "listener" {
    for_each = local.ports
    content {
      instance_port     = listener.value
      instance_protocol = "http"
      lb_port           = listener.value
      lb_protocol       = "HTTP" # expect: elb-classic-listener-uses-tls
    }
  }
}
