module "broker" {
  source = "./mod"
  public = true
}
