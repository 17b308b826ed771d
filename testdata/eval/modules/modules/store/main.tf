variable "name" {
  type = string
}

variable "encrypt" {
  type    = bool
  default = true
}

variable "ingress_cidrs" {
  type    = list(string)
  default = []
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count  = var.encrypt ? 1 : 0
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/store"
    }
  }
}

resource "aws_security_group" "this" {
  name = var.name
  dynamic "ingress" {
    for_each = var.ingress_cidrs
    iterator = cidr
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = [cidr.value]
    }
  }
}

output "bucket_name" {
  value = aws_s3_bucket.this.bucket
}
