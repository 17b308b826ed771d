resource "aws_elb" "web_passing" {
  name               = "web"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port      = 443
    instance_protocol  = "https"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:iam::111122223333:server-certificate/web"
  }
}

resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.web_passing.name
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

# A custom policy that lists old protocols switched off.
resource "aws_load_balancer_policy" "custom" {
  load_balancer_name = aws_elb.web_passing.name
  policy_name        = "custom"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "false"
  }
  policy_attribute {
    name  = "Protocol-SSLv3"
    value = false
  }
}

# Not an SSL negotiation policy.
resource "aws_load_balancer_policy" "backend_auth" {
  load_balancer_name = aws_elb.web_passing.name
  policy_name        = "backend-auth"
  policy_type_name   = "BackendServerAuthenticationPolicyType"
  policy_attribute {
    name  = "PublicKeyPolicyName"
    value = "backend-key"
  }
}

variable "reference_policy" {
  type = string
}

# Unknown before apply: undecided.
resource "aws_load_balancer_policy" "unknown" {
  load_balancer_name = aws_elb.web_passing.name
  policy_name        = "unknown"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = var.reference_policy
  }
}

resource "aws_load_balancer_listener_policy" "web_443_passing" {
  load_balancer_name = aws_elb.web_passing.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls12.policy_name]
}
