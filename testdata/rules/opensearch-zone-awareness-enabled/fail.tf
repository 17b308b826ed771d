resource "aws_opensearch_domain" "single_node" { # expect: opensearch-zone-awareness-enabled
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"
}

resource "aws_elasticsearch_domain" "one_zone" {
  domain_name = "legacy"
  cluster_config {
    instance_type          = "m6g.large.elasticsearch"
    instance_count         = 2
    zone_awareness_enabled = false # expect: opensearch-zone-awareness-enabled
  }
}

variable "multi_zone" {
  default = false
}

resource "aws_opensearch_domain" "from_variable" {
  domain_name = "search"
  dynamic "cluster_config" {
    for_each = [var.multi_zone]
    content {
      instance_count         = 3
      zone_awareness_enabled = cluster_config.value # expect: opensearch-zone-awareness-enabled
    }
  }
}
