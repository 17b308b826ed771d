# Parity fixture for the resilience rules: the linter must give the same findings on this
# configuration and on plan.json. plan.json is what `terraform show -json PLANFILE` prints for
# a first `terraform plan` of this directory (Terraform 1.11.4, AWS provider 5.100.0), in
# Terraform's documented JSON output format. AWS resources cannot be planned offline as they
# stand (the provider checks its credentials first), so the plan was made with a throwaway
# override file giving the provider dummy credentials and skip_* settings; those provider
# arguments were removed again from plan.json's configuration.provider_config.
# ../regenerate.sh does all this. terraform.tfvars sets var.backup_retention_days, which
# Terraform reads by itself.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

# terraform.tfvars lowers this to 3 days.
variable "backup_retention_days" {
  type    = number
  default = 14
}

# S3 versioning

resource "aws_s3_bucket" "archive" {
  bucket = "acme-archive"
}

resource "aws_s3_bucket_versioning" "archive" {
  bucket = aws_s3_bucket.archive.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "cache" {
  bucket = "acme-cache"
}

# Object Lock turns versioning on by itself.
resource "aws_s3_bucket" "ledger" {
  bucket              = "acme-ledger"
  object_lock_enabled = true
}

resource "aws_s3_bucket" "team" {
  for_each = toset(["finance", "ops"])
  bucket   = "acme-team-${each.key}"
}

# Versioning for every team bucket, but only "finance" enables it.
resource "aws_s3_bucket_versioning" "team" {
  for_each = aws_s3_bucket.team
  bucket   = each.value.id
  versioning_configuration {
    status = each.key == "finance" ? "Enabled" : "Suspended"
  }
}

# RDS

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = var.backup_retention_days
  deletion_protection         = true
  multi_az                    = true
}

# A read replica: not judged on backups, deletion protection or Multi-AZ.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.orders.identifier
  storage_encrypted   = true
}

# Provider defaults: one day of backups, no deletion protection, single AZ.
resource "aws_db_instance" "scratch" {
  count                       = 1
  identifier                  = "scratch-${count.index}"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "scratch"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  deletion_protection         = false
}

# DynamoDB point-in-time recovery

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
