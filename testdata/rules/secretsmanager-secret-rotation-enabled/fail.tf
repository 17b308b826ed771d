resource "aws_secretsmanager_secret" "api_key" {
  name = "partner/api-key" # expect: secretsmanager-secret-rotation-enabled
}

resource "aws_secretsmanager_secret" "per_service" {
  for_each = toset(["billing", "reports"])
  name     = "${each.key}/db" # expect: secretsmanager-secret-rotation-enabled
}
