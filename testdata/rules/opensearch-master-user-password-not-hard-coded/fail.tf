resource "aws_opensearch_domain" "literal" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = "Search-Admin-1!" # expect: opensearch-master-user-password-not-hard-coded
    }
  }
}

variable "es_master_password" {
  type    = string
  default = "Legacy-Es-Pass-9"
}

resource "aws_elasticsearch_domain" "variable_default" {
  count                 = 1
  domain_name           = "legacy-logs"
  elasticsearch_version = "7.10"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = var.es_master_password # expect: opensearch-master-user-password-not-hard-coded
    }
  }
}

locals {
  search_admin = { name = "admin", password = "From-Locals-42" }
}

resource "aws_opensearch_domain" "dynamic_options" {
  domain_name = "catalogue"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    dynamic "master_user_options" {
      for_each = [local.search_admin]
      content {
        master_user_name     = master_user_options.value.name
        master_user_password = master_user_options.value.password # expect: opensearch-master-user-password-not-hard-coded
      }
    }
  }
}
