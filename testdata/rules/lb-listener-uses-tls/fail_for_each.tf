variable "listeners" {
  type = map(object({ port = number, protocol = string }))
  default = {
    public  = { port = 80, protocol = "HTTP" }
    private = { port = 443, protocol = "HTTPS" }
  }
}

# The HTTP instance of the map fails; the HTTPS one passes.
resource "aws_lb_listener" "from_map" {
  for_each          = var.listeners
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/abc"
  port              = each.value.port
  protocol          = each.value.protocol # expect: lb-listener-uses-tls
  certificate_arn   = each.value.protocol == "HTTPS" ? "arn:aws:acm:eu-west-1:111122223333:certificate/abcd" : null
  ssl_policy        = each.value.protocol == "HTTPS" ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : null

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/abc"
  }
}

# One default action redirects, the other (a weighted forward) does not.
resource "aws_lb_listener" "mixed_actions" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/abc"
  port              = 8081
  protocol          = "HTTP" # expect: lb-listener-uses-tls

  default_action {
    type  = "authenticate-oidc"
    order = 1
    authenticate_oidc {
      authorization_endpoint = "https://idp.example.com/auth"
      client_id              = "client"
      client_secret          = "secret"
      issuer                 = "https://idp.example.com"
      token_endpoint         = "https://idp.example.com/token"
      user_info_endpoint     = "https://idp.example.com/userinfo"
    }
  }

  default_action {
    type             = "forward"
    order            = 2
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/abc"
  }
}
