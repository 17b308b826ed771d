module "shared" {
  source    = "../.."
  encrypted = false
}
