# Parity fixture for the logging rules: the linter must give the same findings on this
# configuration and on plan.json. plan.json is what `terraform show -json PLANFILE` prints for
# a first `terraform plan` of this directory (Terraform 1.11.4, AWS provider 5.100.0), in
# Terraform's documented JSON output format. AWS resources cannot be planned offline as they
# stand (the provider checks its credentials first), so the plan was made with a throwaway
# override file giving the provider dummy credentials and skip_* settings; those provider
# arguments were removed again from plan.json's configuration.provider_config.
# ../regenerate.sh does all this.
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

variable "multi_region" {
  type    = bool
  default = false
}

# CloudTrail

resource "aws_s3_bucket" "trail" {
  bucket = "acme-audit-trail"
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "trail/"
}

# Nothing records requests to this bucket.
resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch"
}

resource "aws_cloudtrail" "organisation" {
  name                       = "organisation"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# Single-region through the variable's default, and no log file validation.
resource "aws_cloudtrail" "regional" {
  name                  = "regional"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = var.multi_region
}

# CloudWatch log groups: "flow" keeps a year, "app" a month.

resource "aws_cloudwatch_log_group" "this" {
  for_each          = { flow = 365, app = 30 }
  name              = "/acme/${each.key}"
  retention_in_days = each.value
}

# VPC flow logs: "core" is referred to directly, "app" through a local, "legacy" not at all.

resource "aws_vpc" "core" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "app" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "legacy" {
  cidr_block = "10.2.0.0/16"
}

locals {
  app_vpc_id = aws_vpc.app.id
}

resource "aws_flow_log" "core" {
  vpc_id               = aws_vpc.core.id
  traffic_type         = "ALL"
  log_destination_type = "cloud-watch-logs"
  log_destination      = aws_cloudwatch_log_group.this["flow"].arn
  iam_role_arn         = "arn:aws:iam::111122223333:role/flow-logs"
}

resource "aws_flow_log" "app" {
  vpc_id               = local.app_vpc_id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

# Load balancers: only the public one writes access logs.

resource "aws_lb" "public" {
  name               = "public"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs {
    bucket  = aws_s3_bucket.access_logs.id
    prefix  = "public-alb"
    enabled = true
  }
}

resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}
