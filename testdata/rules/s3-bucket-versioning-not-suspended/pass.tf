variable "status_input" {
  type = string
}

locals {
  versioning_status = "Enabled"
}

resource "aws_s3_bucket_versioning" "enabled" {
  bucket = "enabled"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled"
  }
}

resource "aws_s3_bucket_versioning" "from_local" {
  bucket = "from-local"
  versioning_configuration {
    status = local.versioning_status
  }
}

# Decided by the caller: undecided here.
resource "aws_s3_bucket_versioning" "unknown_status" {
  bucket = "unknown-status"
  versioning_configuration {
    status = var.status_input
  }
}

# The block is written by a dynamic block over a known list.
resource "aws_s3_bucket_versioning" "dynamic_enabled" {
  bucket = "dynamic-enabled"
  dynamic "versioning_configuration" {
    for_each = ["Enabled"]
    content {
      status = versioning_configuration.value
    }
  }
}
