rule "opensearch-dedicated-master-nodes" {
  id       = "RES020"
  title    = "OpenSearch domains run three or more dedicated master nodes"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["A1.1", "A1.2"]
    sox  = ["ITGC-CO"]
  }

  # dedicated_master_enabled defaults to false; when enabled without a count, three masters
  # are assumed. AWS recommends three dedicated masters for production domains: with one, its
  # loss leaves the cluster without a master; with two, no quorum survives the loss of either.
  # Preset "all": small or test domains do without. Mapping: A1.1 (capacity of the cluster
  # kept under load), A1.2; ITGC-CO.
  assert = try(
    self.cluster_config[0].dedicated_master_enabled == true &&
    coalesce(self.cluster_config[0].dedicated_master_count, 3) >= 3,
    false
  )
  location = "cluster_config.dedicated_master_enabled"

  message     = "the domain does not run at least three dedicated master nodes"
  remediation = "Set cluster_config { dedicated_master_enabled = true, dedicated_master_count = 3, dedicated_master_type = ... }."
  why         = <<-EOT
    Master nodes keep the cluster state. When data nodes also act as masters, heavy indexing
    or queries can starve cluster management and make the whole domain unstable; with fewer
    than three dedicated masters, losing one leaves no quorum to elect a new one.
  EOT
}
