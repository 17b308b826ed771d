variable "tls_policy" {
  type    = string
  default = "ELBSecurityPolicy-TLS-1-1-2017-01"
}

locals {
  listener_ssl_policy = "ELBSecurityPolicy-FS-1-1-2019-08"
}

# No ssl_policy: the API default is ELBSecurityPolicy-2016-08 (TLS 1.0).
resource "aws_lb_listener" "https_default_policy" { # expect: lb-listener-tls-policy-current
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/abc"
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/abc"
  }
}

resource "aws_lb_listener" "https_2016" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/abc"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08" # expect: lb-listener-tls-policy-current
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/abc"
  }
}

resource "aws_alb_listener" "https_from_variable" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/abc"
  port              = 8443
  protocol          = "https"
  ssl_policy        = var.tls_policy # expect: lb-listener-tls-policy-current
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/abc"
  }
}

# A TLS 1.3 policy that still allows TLS 1.0.
resource "aws_lb_listener" "nlb_tls13_1_0" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/tcp/abc"
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-0-2021-06" # expect: lb-listener-tls-policy-current
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tcp/abc"
  }
}

resource "aws_lb_listener" "nlb_fs_1_1" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/tcp/abc"
  port              = 8443
  protocol          = "TLS"
  ssl_policy        = local.listener_ssl_policy # expect: lb-listener-tls-policy-current
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tcp/abc"
  }
}
