# Parity fixture for the encryption rules (S3 encryption split into its own resource): the
# linter must give the same findings on this configuration and on plan.json. plan.json is what
# `terraform show -json PLANFILE` prints for a first `terraform plan` of this directory
# (Terraform 1.11.4, AWS provider 5.100.0), made offline by ../regenerate.sh with a throwaway
# override file giving the provider dummy credentials; those provider arguments were removed
# again from plan.json's configuration.provider_config.
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

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket" "keyed" {
  for_each = toset(["a", "b"])
  bucket   = "acme-${each.key}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "keyed" {
  for_each = toset(["a"])
  bucket   = aws_s3_bucket.keyed[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
