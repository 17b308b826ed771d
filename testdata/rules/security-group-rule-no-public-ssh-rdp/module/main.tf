module "bastion" {
  source        = "./mod"
  allowed_cidrs = ["0.0.0.0/0"]
}

module "internal" {
  source        = "./mod"
  allowed_cidrs = ["10.0.0.0/8"]
}
