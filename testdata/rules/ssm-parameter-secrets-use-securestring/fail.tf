resource "aws_ssm_parameter" "db_password" {
  name  = "/app/prod/DB_PASSWORD"
  type  = "String" # expect: ssm-parameter-secrets-use-securestring
  value = random_password.db.result
}

resource "random_password" "db" {
  length = 32
}

locals {
  integrations = ["stripe-api-key", "github_token", "slack-webhook-secret"]
}

resource "aws_ssm_parameter" "integrations" {
  for_each = toset(local.integrations)
  name     = "/app/integrations/${each.key}"
  type     = "StringList" # expect: ssm-parameter-secrets-use-securestring
  value    = "placeholder"
}
