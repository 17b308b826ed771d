resource "aws_elb" "web" {
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

# The default predefined policy still accepts TLS 1.0 and 1.1.
resource "aws_load_balancer_policy" "default_2016" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "default-2016"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute { # expect: elb-classic-tls-policy-current
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08"
  }
}

# A custom policy switching TLS 1.0 on.
resource "aws_load_balancer_policy" "custom_tls10" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "custom-tls10"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
  policy_attribute { # expect: elb-classic-tls-policy-current
    name  = "Protocol-TLSv1"
    value = "true"
  }
  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
}

variable "elb_security_policy" {
  type    = string
  default = "ELBSecurityPolicy-TLS-1-1-2017-01"
}

# The predefined policy from a variable default, in a dynamic block.
resource "aws_load_balancer_policy" "from_variable" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "from-variable"
  policy_type_name   = "SSLNegotiationPolicyType"
  dynamic "policy_attribute" { # expect: elb-classic-tls-policy-current
    for_each = { "Reference-Security-Policy" = var.elb_security_policy }
    content {
      name  = policy_attribute.key
      value = policy_attribute.value
    }
  }
}

resource "aws_load_balancer_listener_policy" "web_443" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.default_2016.policy_name]
}
