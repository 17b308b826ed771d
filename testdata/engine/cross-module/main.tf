# The VPC and its flow log come from different modules, linked through a module output.
module "vpc" {
  source = "./modules/vpc"
}

module "flow" {
  source = "./modules/flow"
  vpc_id = module.vpc.vpc_id
}

# A bucket in one module; its encryption, versioning, public access block and access logging
# in another, given the bucket's id through a module output; the log bucket it logs to in a
# third, reached through a module output inside an object argument.
module "store" {
  source = "./modules/bucket"
  name   = "acme-store"
}

module "logs" {
  source = "./modules/bucket"
  name   = "acme-logs"
}

module "controls" {
  source = "./modules/controls"
  bucket = module.store.bucket_id
  logging = {
    target_bucket = module.logs.bucket_id
    target_prefix = "store/"
  }
}

# No module records this VPC's traffic: the one finding expected here.
resource "aws_vpc" "unlogged" {
  cidr_block = "10.1.0.0/16"
}
