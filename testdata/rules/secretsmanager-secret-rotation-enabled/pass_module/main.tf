resource "aws_secretsmanager_secret" "through_module" {
  name = "ledger/db"
}

module "rotation" {
  source    = "./rotation"
  secret_id = aws_secretsmanager_secret.through_module.id
}
