# settings lacks backup_days: Terraform refuses the call.
module "db" {
  source   = "../../"
  settings = { name = "audit" }
}
