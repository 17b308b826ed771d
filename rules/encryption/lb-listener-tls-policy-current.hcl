rule "lb-listener-tls-policy-current" {
  id       = "ENC041"
  title    = "Load balancer TLS listeners refuse TLS 1.0 and 1.1"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_lb_listener", "aws_alb_listener"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # Judged only on HTTPS (ALB) and TLS (NLB) listeners. The predefined ELB policies whose
  # minimum is TLS 1.2 or 1.3 all carry "-1-2-" or "-1-3-" in their names
  # (ELBSecurityPolicy-TLS13-1-2-2021-06, ELBSecurityPolicy-TLS-1-2-Ext-2018-06,
  # ELBSecurityPolicy-FS-1-2-Res-2020-10, ELBSecurityPolicy-TLS13-1-3-2021-06, the FIPS and PQ
  # variants); every other one (ELBSecurityPolicy-2016-08, -2015-05, -FS-2018-06,
  # -TLS-1-0-2015-04, -TLS-1-1-2017-01, -FS-1-1-2019-08, -TLS13-1-0-*, -TLS13-1-1-*) still
  # accepts TLS 1.0 or 1.1. ALB and NLB have no custom policies. When ssl_policy is unset,
  # listeners created through the API (and so Terraform) get ELBSecurityPolicy-2016-08, which
  # accepts TLS 1.0: unset fails.
  assert = (
    !contains(["HTTPS", "TLS"], upper(coalesce(self.protocol, "HTTP"))) ||
    can(regex("-1-[23]-", self.ssl_policy))
  )
  location = "ssl_policy"

  message     = "the listener's TLS policy accepts TLS 1.0 or 1.1 (or ssl_policy is unset, which means ELBSecurityPolicy-2016-08)"
  remediation = "Set ssl_policy to a policy whose minimum is TLS 1.2, such as ELBSecurityPolicy-TLS13-1-2-2021-06 (AWS's recommended policy) or ELBSecurityPolicy-TLS13-1-2-Res-2021-06."
  why         = <<-EOT
    TLS 1.0 and 1.1 are deprecated (RFC 8996) and lack the modern cipher suites; accepting
    them lets a client or an attacker on the path negotiate a weaker connection. A listener
    created through the API without ssl_policy gets ELBSecurityPolicy-2016-08, which still
    accepts TLS 1.0, so the policy has to be chosen explicitly.
  EOT
}
