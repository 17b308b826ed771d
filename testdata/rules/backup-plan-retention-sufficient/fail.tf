resource "aws_backup_plan" "short" {
  name = "short"

  rule { # expect: backup-plan-retention-sufficient
    rule_name         = "daily"
    target_vault_name = "default"
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = 3
    }
  }
}

variable "weekly_days" {
  type    = number
  default = 5
}

# The second rule is the short one: the finding points at it.
resource "aws_backup_plan" "mixed" {
  name = "mixed"

  rule {
    rule_name         = "daily"
    target_vault_name = "default"
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = 35
    }
  }

  rule { # expect: backup-plan-retention-sufficient
    rule_name         = "weekly"
    target_vault_name = "default"
    schedule          = "cron(0 5 ? * 1 *)"

    lifecycle {
      delete_after = var.weekly_days
    }
  }
}
