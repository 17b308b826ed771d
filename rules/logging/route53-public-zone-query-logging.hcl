rule "route53-public-zone-query-logging" {
  id       = "LOG024"
  title    = "Route 53 public hosted zones log DNS queries"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_route53_zone"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # Query logging is a separate aws_route53_query_log whose zone_id refers to the zone. Only
  # public zones support it; a zone with vpc blocks is private (its queries are covered by
  # Resolver query logging on the VPC) and passes. In the "all" preset: DNS query logs help
  # spot reconnaissance and subdomain takeover, but many organisations do not keep them.
  assert = (
    is_set(self.vpc) ||
    length(referrers("aws_route53_query_log", "zone_id")) > 0
  )

  message     = "the public hosted zone does not log the DNS queries it answers"
  remediation = "Add an aws_route53_query_log with zone_id = this zone's zone_id and cloudwatch_log_group_arn naming a log group in us-east-1 whose resource policy lets route53.amazonaws.com write to it."
  why         = <<-EOT
    Query logs record which names were asked for, from which resolver, and the answer given.
    They show enumeration of a domain's hostnames, traffic to names that should be unused,
    and when a record that points at a released resource starts being used.
  EOT
}
