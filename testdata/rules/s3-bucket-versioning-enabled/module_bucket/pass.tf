# Versioning made outside the module for the module's bucket counts.
module "store" {
  source = "./bucket"
  name   = "store"
}

resource "aws_s3_bucket_versioning" "store" {
  bucket = module.store.bucket_id
  versioning_configuration {
    status = "Enabled"
  }
}

module "scratch" {
  source = "./bucket"
  name   = "scratch"
}
