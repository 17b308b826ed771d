variable "share_with_unset" {
  type = string
}

resource "aws_ssm_document" "private" {
  name          = "private-runbook"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "restart"
    mainSteps     = [{ action = "aws:runShellScript", name = "restart", inputs = { runCommand = ["systemctl restart app"] } }]
  })
}

resource "aws_ssm_document" "shared_with_accounts" {
  name          = "shared-runbook"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "restart"
    mainSteps     = [{ action = "aws:runShellScript", name = "restart", inputs = { runCommand = ["systemctl restart app"] } }]
  })

  permissions = {
    type        = "Share"
    account_ids = "111122223333,444455556666"
  }
}

resource "aws_ssm_document" "unknown" {
  name          = "unknown-runbook"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "restart"
    mainSteps     = [{ action = "aws:runShellScript", name = "restart", inputs = { runCommand = ["systemctl restart app"] } }]
  })

  permissions = {
    type        = "Share"
    account_ids = var.share_with_unset
  }
}
