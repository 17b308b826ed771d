variable "ap_restrict_unset" {
  type = bool
}

resource "aws_s3_access_point" "defaults" {
  bucket = "acme-data"
  name   = "defaults"
}

resource "aws_s3_access_point" "explicit" {
  bucket = "acme-data"
  name   = "explicit"

  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = true
    ignore_public_acls      = true
    restrict_public_buckets = true
  }
}

# A VPC-only access point cannot be reached from the internet.
resource "aws_s3_access_point" "vpc_only" {
  bucket = "acme-data"
  name   = "vpc-only"

  public_access_block_configuration {
    block_public_acls       = false
    block_public_policy     = false
    ignore_public_acls      = false
    restrict_public_buckets = false
  }

  vpc_configuration {
    vpc_id = "vpc-0123456789abcdef0"
  }
}

resource "aws_s3_access_point" "unknown" {
  bucket = "acme-data"
  name   = "unknown"

  public_access_block_configuration {
    restrict_public_buckets = var.ap_restrict_unset
  }
}
