# A bucket made in a called module, encrypted with SSE-S3 from the root module.
module "store" {
  source = "./store"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "store" {
  bucket = module.store.bucket_id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
