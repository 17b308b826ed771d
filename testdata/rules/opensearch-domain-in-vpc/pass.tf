variable "search_subnets_unset" {
  type = list(string)
}

resource "aws_opensearch_domain" "in_vpc" {
  domain_name    = "in-vpc"
  engine_version = "OpenSearch_2.11"

  vpc_options {
    subnet_ids         = ["subnet-a", "subnet-b"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_elasticsearch_domain" "legacy_in_vpc" {
  domain_name           = "legacy-in-vpc"
  elasticsearch_version = "7.10"

  dynamic "vpc_options" {
    for_each = [["subnet-a"]]
    content {
      subnet_ids = vpc_options.value
    }
  }
}

resource "aws_opensearch_domain" "subnets_unknown" {
  domain_name    = "subnets-unknown"
  engine_version = "OpenSearch_2.11"

  vpc_options {
    subnet_ids = var.search_subnets_unset
  }
}
