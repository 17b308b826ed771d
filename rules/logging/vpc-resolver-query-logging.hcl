rule "vpc-resolver-query-logging" {
  id       = "LOG025"
  title    = "VPCs log the DNS queries their resources make"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_vpc"]
  criteria = {
    soc2 = ["CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # Route 53 Resolver query logging applies to a VPC through an
  # aws_route53_resolver_query_log_config_association whose resource_id refers to it
  # (aws_vpc.x.id). Associations made centrally (AWS RAM, Firewall Manager) are not visible
  # here, which is why the rule is in the "all" preset.
  assert = length(referrers("aws_route53_resolver_query_log_config_association", "resource_id")) > 0

  message     = "no Resolver query logging configuration is associated with this VPC"
  remediation = "Add an aws_route53_resolver_query_log_config (destination: CloudWatch Logs, S3 or Firehose) and an aws_route53_resolver_query_log_config_association with resource_id = this VPC's id."
  why         = <<-EOT
    Almost every connection starts with a DNS lookup. Resolver query logs record which
    instance, function or container asked for which name, which exposes malware calling
    home, data tunnelled over DNS and connections to unexpected services, and ties them to
    the workload that made them; flow logs show only addresses.
  EOT
}
