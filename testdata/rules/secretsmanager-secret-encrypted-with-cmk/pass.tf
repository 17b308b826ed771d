resource "aws_kms_key" "secrets" {
  description         = "secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "db_password_passing" {
  name       = "db-password"
  kms_key_id = aws_kms_key.secrets.arn
}

variable "external_key" {
  type = string
}

# Key from a variable without a value: undecided counts as set.
resource "aws_secretsmanager_secret" "partner" {
  name       = "partner"
  kms_key_id = var.external_key
}
