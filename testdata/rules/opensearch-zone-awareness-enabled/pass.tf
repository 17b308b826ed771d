variable "zone_awareness_from_caller" {
  type = bool
}

resource "aws_opensearch_domain" "three_zones" {
  domain_name = "search-ha"
  cluster_config {
    instance_count         = 3
    zone_awareness_enabled = true
    zone_awareness_config {
      availability_zone_count = 3
    }
  }
}

resource "aws_opensearch_domain" "caller_decides" {
  domain_name = "caller"
  cluster_config {
    instance_count         = 2
    zone_awareness_enabled = var.zone_awareness_from_caller
  }
}
