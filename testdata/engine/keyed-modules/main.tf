# Links through one instance of a module call, and through one key of an object argument,
# reach only what that instance or key names.
module "vpc" {
  for_each = toset(["a", "b"])
  source   = "./vpc"
}
module "flow" {
  source = "./flow"
  vpc_id = module.vpc["a"].vpc_id
}
module "store" {
  source = "./bucket"
  name   = "store"
}
module "logs" {
  source = "./bucket"
  name   = "logs"
}
module "controls" {
  source = "./controls"
  cfg = {
    bucket = module.store.bucket_id
    log    = module.logs.bucket_id
  }
}
