variable "unknown_flag" {
  type = bool
}

locals {
  domains = toset(["orders", "catalogue"])
}

resource "aws_opensearch_domain" "encrypted" {
  for_each       = local.domains
  domain_name    = each.key
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_elasticsearch_domain" "legacy_encrypted" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  dynamic "node_to_node_encryption" {
    for_each = [true]
    content {
      enabled = node_to_node_encryption.value
    }
  }
}

resource "aws_opensearch_domain" "unknown" {
  domain_name    = "unknown"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = var.unknown_flag
  }
}

# A string "true" converts to the boolean, as Terraform converts it.
resource "aws_opensearch_domain" "string_true" {
  domain_name    = "strings"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = "true"
  }
}
