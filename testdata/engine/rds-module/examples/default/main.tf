module "db" {
  source   = "../../"
  settings = { name = "billing", backup_days = 14 }
}
