variable "listener_protocol" {
  type = string
}

resource "aws_elb" "https" {
  name               = "https"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "HTTPS"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  }
}

# TCP and SSL listeners: TLS passes through or is terminated at the load balancer.
resource "aws_elb" "tcp_and_ssl" {
  name               = "tcp-and-ssl"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 5432
    instance_protocol = "tcp"
    lb_port           = 5432
    lb_protocol       = "tcp"
  }

  listener {
    instance_port      = 9000
    instance_protocol  = "tcp"
    lb_port            = 9443
    lb_protocol        = "ssl"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  }
}

# Protocol unknown before apply: undecided, no finding.
resource "aws_elb" "unknown" {
  name               = "unknown"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = var.listener_protocol
  }
}
