module "public_acl" {
  source  = "./mod"
  sources = ["0.0.0.0/0"]
}
