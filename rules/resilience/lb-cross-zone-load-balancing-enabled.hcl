rule "lb-cross-zone-load-balancing-enabled" {
  id       = "RES026"
  title    = "Network and Gateway Load Balancers balance across availability zones"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_lb", "aws_alb"]
  criteria = {
    soc2 = ["A1.1", "A1.2"]
    sox  = ["ITGC-CO"]
  }

  # enable_cross_zone_load_balancing defaults to false for Network and Gateway Load
  # Balancers; Application Load Balancers (load_balancer_type unset or "application") always
  # balance across zones and pass. A load balancer type or flag known only after apply is
  # undecided. Classic Load Balancers (aws_elb) are not judged: the provider turns
  # cross_zone_load_balancing on unless it is set to false.
  # A target group can override the load balancer's setting
  # (load_balancing_cross_zone_enabled = "true"), which this rule does not follow from the
  # load balancer through its listeners; such a load balancer is a finding to dismiss.
  # Preset "all": AWS documents turning it off as a choice (zonal isolation, latency), and
  # cross-zone traffic through a Network Load Balancer is billed as data transfer.
  # Mapping: A1.1 (capacity in the remaining zones is used when targets in one zone are
  # short), A1.2; ITGC-CO.
  assert = (
    contains(["application"], lower(coalesce(self.load_balancer_type, "application"))) ||
    self.enable_cross_zone_load_balancing == true
  )
  location = "enable_cross_zone_load_balancing"

  message     = "the load balancer sends each zone's traffic only to targets in that zone (enable_cross_zone_load_balancing is false or unset)"
  remediation = "Set enable_cross_zone_load_balancing = true, or keep the same number of healthy targets in every enabled zone if zonal isolation is intended."
  why         = <<-EOT
    Without cross-zone load balancing, each load balancer node sends its share of the traffic
    only to the targets in its own availability zone. When a zone has fewer healthy targets,
    those targets take the full share of that zone's clients (who often cache its address)
    and can be overloaded while capacity in the other zones stays idle.
  EOT
}
