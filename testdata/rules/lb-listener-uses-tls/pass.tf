variable "listener_protocol" {
  type = string
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "nlb_tls" {
  load_balancer_arn = aws_lb.network.arn
  port              = 443
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tcp.arn
  }
}

# TCP listeners may pass TLS through to the targets.
resource "aws_lb_listener" "nlb_tcp" {
  load_balancer_arn = aws_lb.network.arn
  port              = 5432
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tcp.arn
  }
}

# Gateway Load Balancer listeners have neither port nor protocol.
resource "aws_lb_listener" "gateway" {
  load_balancer_arn = aws_lb.gateway.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.geneve.arn
  }
}

resource "aws_lb_listener" "unknown_protocol" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = var.listener_protocol

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
