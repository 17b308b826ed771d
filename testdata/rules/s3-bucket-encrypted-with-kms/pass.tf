resource "aws_kms_key" "objects" {
  description         = "S3 objects"
  enable_key_rotation = true
}

# Split resource with a key created here (its ARN is known only after apply).
resource "aws_s3_bucket" "kms_split" {
  bucket = "acme-kms-split"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "kms_split" {
  bucket = aws_s3_bucket.kms_split.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.objects.arn
    }
    bucket_key_enabled = true
  }
}

# DSSE-KMS, key ARN through a local.
locals {
  dsse_key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_s3_bucket" "dsse" {
  bucket = "acme-dsse"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "dsse" {
  bucket = "acme-dsse"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms:dsse"
      kms_master_key_id = local.dsse_key
    }
  }
}

# Provider v3 inline block.
resource "aws_s3_bucket" "inline_kms" {
  bucket = "acme-inline-kms"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.objects.id
      }
    }
  }
}

# Rules built with a dynamic block from a variable.
variable "sse_rules" {
  type = list(object({ algorithm = string, key = string }))
  default = [
    { algorithm = "aws:kms", key = "alias/acme-data" },
  ]
}

resource "aws_s3_bucket" "dynamic_rules" {
  bucket = "acme-dynamic"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "dynamic_rules" {
  bucket = aws_s3_bucket.dynamic_rules.id
  dynamic "rule" {
    for_each = var.sse_rules
    content {
      apply_server_side_encryption_by_default {
        sse_algorithm     = rule.value.algorithm
        kms_master_key_id = rule.value.key
      }
    }
  }
}
