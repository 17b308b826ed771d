# The login profile is made in a module; nothing here enforces MFA.
module "judy" {
  source = "./users"
  name   = "judy"
}
