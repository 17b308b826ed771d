module "worker" {
  source    = "./mod"
  public_ip = true
}
