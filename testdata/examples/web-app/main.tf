locals {
  name = "shop-${var.environment}"
  tags = {
    Owner              = "platform"
    Environment        = var.environment
    DataClassification = "confidential"
  }
}

resource "aws_s3_bucket" "uploads" {
  bucket = "${local.name}-uploads"
  tags   = local.tags
}

resource "aws_s3_bucket" "assets" {
  bucket = "${local.name}-assets"
  tags   = local.tags
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_db_instance" "orders" {
  identifier              = "${local.name}-orders"
  engine                  = "postgres"
  instance_class          = "db.t3.medium"
  allocated_storage       = 50
  storage_encrypted       = var.db_encrypted
  publicly_accessible     = false
  backup_retention_period = 14
  deletion_protection     = true
  multi_az                = true
  tags                    = local.tags
}

resource "aws_security_group" "bastion" {
  name   = "${local.name}-bastion"
  vpc_id = "vpc-123456"

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }

  tags = local.tags
}

resource "aws_cloudtrail" "main" {
  name                       = "${local.name}-trail"
  s3_bucket_name             = aws_s3_bucket.assets.id
  is_multi_region_trail      = false
  enable_log_file_validation = true
  kms_key_id                 = var.kms_key_arn
  tags                       = local.tags
}
