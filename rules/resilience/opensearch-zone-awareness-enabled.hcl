rule "opensearch-zone-awareness-enabled" {
  id       = "RES019"
  title    = "OpenSearch domains spread their data nodes over availability zones"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["A1.2", "CC9.1"]
    sox  = ["ITGC-CO"]
  }

  # zone_awareness_enabled in cluster_config defaults to false (a domain without
  # cluster_config is a single node in one zone). With it, OpenSearch places primary and
  # replica shards in different zones. Preset "all", as rds-multi-az-enabled: the extra nodes
  # are decided per environment. Mapping: A1.2, CC9.1; ITGC-CO.
  assert   = try(self.cluster_config[0].zone_awareness_enabled == true, false)
  location = "cluster_config.zone_awareness_enabled"

  message     = "the domain's data nodes are not spread over availability zones (zone_awareness_enabled)"
  remediation = "Set cluster_config { zone_awareness_enabled = true, instance_count a multiple of the zone count } and zone_awareness_config { availability_zone_count = 2 or 3 }, with replica shards for each index."
  why         = <<-EOT
    Without zone awareness, all of a domain's nodes may sit in one availability zone, and a
    zone failure makes the cluster and its indices unavailable, or loses shards that had no
    replica elsewhere.
  EOT
}
