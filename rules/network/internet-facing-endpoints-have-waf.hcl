rule "internet-facing-endpoints-have-waf" {
  id       = "NET027"
  title    = "Internet-facing load balancers and CloudFront distributions are protected by AWS WAF"
  family   = "network"
  severity = "low"
  preset   = "all"
  resources = ["aws_lb", "aws_alb", "aws_cloudfront_distribution"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Application load balancers (load_balancer_type unset or "application") that are not
  # internal need an aws_wafv2_web_acl_association (or WAF Classic regional association)
  # whose resource_arn refers to them; network and gateway load balancers cannot take a web
  # ACL and internal ones face no internet. CloudFront distributions need web_acl_id (or an
  # association). Internet-facing load balancers themselves are not a finding. API Gateway
  # stages are left out: a stage cannot show whether its API is private. Preset "all": WAF
  # is defence in depth that depends on the application and its other controls.
  assert = (
    self.internal == true ||
    (self.load_balancer_type != null && self.load_balancer_type != "application") ||
    is_set(self.web_acl_id) ||
    length(referrers("aws_wafv2_web_acl_association", "resource_arn")) > 0 ||
    length(referrers("aws_wafregional_web_acl_association", "resource_arn")) > 0
  )

  message     = "the internet-facing endpoint has no AWS WAF web ACL"
  remediation = "Associate a web ACL with the load balancer (aws_wafv2_web_acl_association with resource_arn = the load balancer's arn) or set web_acl_id on the distribution, with at least the AWS managed core rule set."
  why         = <<-EOT
    A web application firewall in front of public HTTP endpoints filters common exploits,
    known bad inputs and abusive clients before they reach the application, and its logs
    show attacks being made. For internet-facing applications it is a boundary control
    auditors commonly ask about.
  EOT
}
