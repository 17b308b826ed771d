resource "aws_lb_listener" "http_forward" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP" # expect: lb-listener-uses-tls

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# An ALB listener without a protocol serves HTTP.
resource "aws_lb_listener" "default_protocol" { # expect: lb-listener-uses-tls
  load_balancer_arn = aws_lb.web.arn
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# A redirect that keeps the original protocol does not upgrade to HTTPS.
resource "aws_alb_listener" "redirect_to_http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "http" # expect: lb-listener-uses-tls

  default_action {
    type = "redirect"
    redirect {
      port        = "8080"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "fixed_response" {
  load_balancer_arn = aws_lb.web.arn
  port              = 81
  protocol          = "HTTP" # expect: lb-listener-uses-tls

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}
