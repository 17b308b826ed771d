variable "share_with" {
  type    = string
  default = "All"
}

resource "aws_ssm_document" "public" {
  name          = "public-runbook"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "restart"
    mainSteps     = [{ action = "aws:runShellScript", name = "restart", inputs = { runCommand = ["systemctl restart app"] } }]
  })

  permissions = { # expect: ssm-document-not-public
    type        = "Share"
    account_ids = "All"
  }
}

resource "aws_ssm_document" "public_from_variable" {
  for_each      = toset(["restart", "rotate"])
  name          = "public-${each.key}"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = each.key
    mainSteps     = [{ action = "aws:runShellScript", name = each.key, inputs = { runCommand = ["true"] } }]
  })

  permissions = { # expect: ssm-document-not-public
    type        = "Share"
    account_ids = var.share_with
  }
}
