resource "aws_cloudwatch_log_group" "audit" {
  name              = "/search/audit"
  retention_in_days = 365
}

resource "aws_opensearch_domain" "audited" {
  domain_name    = "audited"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = "arn:aws:iam::111122223333:role/search-admin"
    }
  }

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
  }
}

variable "log_types" {
  type    = set(string)
  default = ["AUDIT_LOGS", "ES_APPLICATION_LOGS"]
}

resource "aws_opensearch_domain" "dynamic_logs" {
  domain_name    = "dynamic-logs"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
  }

  dynamic "log_publishing_options" {
    for_each = var.log_types
    content {
      log_type                 = log_publishing_options.value
      cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/search/${lower(log_publishing_options.value)}"
      enabled                  = true
    }
  }
}
