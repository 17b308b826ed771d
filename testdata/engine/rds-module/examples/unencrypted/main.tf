locals {
  encrypt = false
}

module "db" {
  source            = "../../"
  storage_encrypted = local.encrypt
  settings          = { name = "orders", backup_days = 14 }
}

variable "backup_days" {
  type    = number
  default = 30
}

module "short_backups" {
  source   = "../../"
  settings = { name = "reports", backup_days = var.backup_days }
}
