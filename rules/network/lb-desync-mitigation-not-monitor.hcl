rule "lb-desync-mitigation-not-monitor" {
  id       = "NET035"
  title    = "Load balancers mitigate HTTP desync rather than only monitoring it"
  family   = "network"
  severity = "medium"
  resources = ["aws_lb", "aws_alb", "aws_elb"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # desync_mitigation_mode defaults to "defensive", which blocks requests AWS classifies as
  # severe desync risks; "strictest" blocks every non-compliant request. "monitor" forwards
  # them all and only counts them. Network and gateway load balancers have no such mode and
  # pass.
  assert = (
    lower(coalesce(try(self.load_balancer_type, null), "application")) != "application" ||
    lower(coalesce(self.desync_mitigation_mode, "defensive")) != "monitor"
  )
  location = "desync_mitigation_mode"

  message     = "the load balancer forwards requests that risk HTTP desync (desync_mitigation_mode = \"monitor\")"
  remediation = "Set desync_mitigation_mode to \"defensive\" (the default) or \"strictest\"."
  why         = <<-EOT
    HTTP desync (request smuggling) lets an attacker prepend their own request to another
    user's, bypassing routing and security controls and stealing sessions. In monitor mode
    the load balancer lets such ambiguous requests through to the targets.
  EOT
}
