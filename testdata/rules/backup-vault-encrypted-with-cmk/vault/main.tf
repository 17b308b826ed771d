variable "kms_key" {
  type = string
}

resource "aws_backup_vault" "this" {
  name        = "module-vault"
  kms_key_arn = var.kms_key
}
