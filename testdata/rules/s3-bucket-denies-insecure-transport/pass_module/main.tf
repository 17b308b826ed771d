# The same module, called with the deny statement switched on.
module "bucket" {
  source                  = "../mod"
  name                    = "acme-module-bucket"
  deny_insecure_transport = true
}
