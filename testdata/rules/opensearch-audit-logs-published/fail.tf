resource "aws_opensearch_domain" "no_logs" { # expect: opensearch-audit-logs-published
  domain_name    = "no-logs"
  engine_version = "OpenSearch_2.13"
}

# Application and slow logs only.
resource "aws_opensearch_domain" "diagnostics_only" {
  domain_name    = "diagnostics-only"
  engine_version = "OpenSearch_2.13"

  log_publishing_options { # expect: opensearch-audit-logs-published
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/search/app"
  }

  log_publishing_options {
    log_type                 = "SEARCH_SLOW_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/search/slow"
  }
}

# Audit logs declared but switched off.
resource "aws_elasticsearch_domain" "audit_disabled" {
  domain_name           = "audit-disabled"
  elasticsearch_version = "7.10"

  log_publishing_options { # expect: opensearch-audit-logs-published
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/search/audit"
    enabled                  = false
  }
}
