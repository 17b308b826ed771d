variable "node_encryption" {
  type    = bool
  default = false
}

resource "aws_opensearch_domain" "unset" { # expect: opensearch-node-to-node-encryption
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "disabled" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = var.node_encryption # expect: opensearch-node-to-node-encryption
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  node_to_node_encryption {
    enabled = "false" # expect: opensearch-node-to-node-encryption
  }
}
