# The caller's tags reach the module's resources: one call has both keys, one lacks the
# Environment (its finding is in the module's file).
module "complete" {
  source = "./queue"
  name   = "complete"
  tags   = { Owner = "platform", Environment = "production" }
}

module "no_environment" {
  source = "./queue"
  name   = "no-environment"
  tags   = { Owner = "platform" }
}
