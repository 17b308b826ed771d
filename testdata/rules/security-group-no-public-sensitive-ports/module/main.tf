module "redis" {
  source = "./mod"
  port   = 6379
}

module "api" {
  source = "./mod"
  port   = 8443
}
