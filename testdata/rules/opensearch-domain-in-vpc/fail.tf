variable "search_subnets" {
  type    = list(string)
  default = []
}

resource "aws_opensearch_domain" "public_endpoint" { # expect: opensearch-domain-in-vpc
  domain_name    = "public-endpoint"
  engine_version = "OpenSearch_2.11"
}

resource "aws_opensearch_domain" "empty_subnets" {
  for_each       = toset(["logs", "search"])
  domain_name    = "empty-${each.key}"
  engine_version = "OpenSearch_2.11"

  vpc_options { # expect: opensearch-domain-in-vpc
    subnet_ids = var.search_subnets
  }
}

resource "aws_elasticsearch_domain" "legacy_public" { # expect: opensearch-domain-in-vpc
  domain_name           = "legacy-public"
  elasticsearch_version = "7.10"
}
