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
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/acme-data"
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
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/acme-keyed"
    }
  }
}

variable "volume_encrypted" {
  type    = bool
  default = false
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = var.volume_encrypted
}

resource "aws_ebs_volume" "sealed" {
  count             = 2
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
}

# No block device configured: the provider computes them, which is not a finding.
resource "aws_instance" "plain" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "clear_root" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 30
  }
}

resource "aws_instance" "sealed_root" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
}

resource "aws_launch_template" "clear" {
  name_prefix = "clear-"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
    }
  }
}

resource "aws_launch_template" "sealed" {
  name_prefix = "sealed-"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = "true"
    }
  }
}

resource "aws_lb" "front" {
  name               = "front"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.front.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef"
  }
}

resource "aws_lb_listener" "redirect" {
  load_balancer_arn = aws_lb.front.arn
  port              = 8080
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
}

resource "aws_efs_file_system" "sealed" {
  creation_token = "sealed"
  encrypted      = true
}

resource "aws_kms_key" "static" {
  description = "no rotation"
}

resource "aws_kms_key" "rotated" {
  for_each            = toset(["app", "logs"])
  description         = "rotated ${each.key}"
  enable_key_rotation = true
}
