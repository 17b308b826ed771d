variable "masters_from_caller" {
  type = bool
}

resource "aws_opensearch_domain" "three_masters" {
  domain_name = "search-ha"
  cluster_config {
    instance_count           = 3
    dedicated_master_enabled = true
    dedicated_master_count   = 3
    dedicated_master_type    = "m6g.large.search"
  }
}

# Enabled without a count: three masters.
resource "aws_elasticsearch_domain" "default_count" {
  domain_name = "legacy-ha"
  cluster_config {
    dedicated_master_enabled = true
  }
}

resource "aws_opensearch_domain" "caller_decides" {
  domain_name = "caller"
  cluster_config {
    dedicated_master_enabled = var.masters_from_caller
  }
}
