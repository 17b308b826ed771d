rule "elb-classic-tls-policy-current" {
  id       = "ENC060"
  title    = "Classic Load Balancer SSL negotiation policies allow only TLS 1.2 or later"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_load_balancer_policy"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Only SSLNegotiationPolicyType policies are judged. A policy either references a predefined
  # AWS policy (Reference-Security-Policy) or lists protocols and ciphers itself. Of the predefined
  # Classic Load Balancer policies only ELBSecurityPolicy-TLS-1-2-2017-01 refuses TLS 1.0 and 1.1
  # (ELBSecurityPolicy-2016-08, the default, and the older ones accept them); a custom policy fails
  # when it switches on Protocol-SSLv2, -SSLv3, -TLSv1 or -TLSv1.1. An unknown value is undecided.
  # Which listener uses the policy (aws_load_balancer_listener_policy) does not change the verdict:
  # a policy is only written to be attached.
  assert   = upper(coalesce(self.policy_type_name, "")) != "SSLNEGOTIATIONPOLICYTYPE" || alltrue([
    for a in coalesce(self.policy_attribute, []) :
    lower(a.name) == "reference-security-policy" ? strcontains(upper(a.value), "TLS-1-2") :
    contains(["protocol-sslv2", "protocol-sslv3", "protocol-tlsv1", "protocol-tlsv1.1"], lower(a.name)) ? lower(tostring(a.value)) != "true" :
    true
  ])
  location = "policy_attribute"

  message     = "the SSL negotiation policy accepts SSL 3.0, TLS 1.0 or TLS 1.1 (an outdated predefined policy or an old protocol switched on)"
  remediation = "Reference ELBSecurityPolicy-TLS-1-2-2017-01 (policy_attribute { name = \"Reference-Security-Policy\", value = \"ELBSecurityPolicy-TLS-1-2-2017-01\" }), or set Protocol-TLSv1 and Protocol-TLSv1.1 to false in a custom policy; better, move to an Application or Network Load Balancer."
  why         = <<-EOT
    A Classic Load Balancer terminates HTTPS and SSL listeners with the SSL negotiation policy
    attached to them. The predefined policies other than ELBSecurityPolicy-TLS-1-2-2017-01 still
    accept TLS 1.0 and 1.1, which PCI DSS and most encryption standards no longer allow for data
    in transit, and the oldest ones SSL 3.0. An auditor checking in-transit encryption asks for the
    negotiated protocol, not only for an HTTPS listener.
  EOT
}
