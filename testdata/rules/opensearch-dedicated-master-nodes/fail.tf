resource "aws_opensearch_domain" "no_cluster_config" { # expect: opensearch-dedicated-master-nodes
  domain_name = "logs"
}

resource "aws_opensearch_domain" "two_masters" {
  domain_name = "search"
  cluster_config {
    instance_count           = 3
    dedicated_master_enabled = true # expect: opensearch-dedicated-master-nodes
    dedicated_master_count   = 2
  }
}

resource "aws_elasticsearch_domain" "data_nodes_as_masters" {
  domain_name = "legacy"
  cluster_config {
    instance_count           = 4
    dedicated_master_enabled = false # expect: opensearch-dedicated-master-nodes
  }
}
