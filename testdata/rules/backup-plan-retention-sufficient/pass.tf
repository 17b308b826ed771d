resource "aws_backup_plan" "month" {
  name = "month"

  rule {
    rule_name         = "daily"
    target_vault_name = "default"
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      cold_storage_after = 30
      delete_after       = 120
    }

    # The copy's retention is the copy's own.
    copy_action {
      destination_vault_arn = "arn:aws:backup:eu-central-1:111122223333:backup-vault:dr"

      lifecycle {
        delete_after = 1
      }
    }
  }
}

# Without a lifecycle, recovery points are kept until deleted.
resource "aws_backup_plan" "forever" {
  name = "forever"

  rule {
    rule_name         = "daily"
    target_vault_name = "default"
  }
}

variable "retention_days" {
  type = number
}

# Known only when the plan is made: not a finding.
resource "aws_backup_plan" "from_input" {
  name = "from-input"

  rule {
    rule_name         = "daily"
    target_vault_name = "default"

    lifecycle {
      delete_after = var.retention_days
    }
  }
}

locals {
  plans = { gold = 35, silver = 14 }
}

resource "aws_backup_plan" "tiers" {
  for_each = local.plans
  name     = each.key

  dynamic "rule" {
    for_each = [each.value]
    content {
      rule_name         = "daily"
      target_vault_name = "default"

      lifecycle {
        delete_after = rule.value
      }
    }
  }
}
