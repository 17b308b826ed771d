# Parity fixture for the network rules: the linter must give the same findings on this
# configuration and on plan.json. plan.json is what `terraform show -json PLANFILE` prints for
# a first `terraform plan` of this directory (Terraform 1.11.4, AWS provider 5.100.0), in
# Terraform's documented JSON output format. AWS resources cannot be planned offline as they
# stand (the provider checks its credentials first), so the plan was made with a throwaway
# override file giving the provider dummy credentials and skip_* settings; those provider
# arguments were removed again from plan.json's configuration.provider_config.
# ../regenerate.sh does all this. Part of the resources come from the local module in
# modules/bucket.
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

variable "admin_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Adopted with a rule that lets members of the group talk to each other.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "ssh_office" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["203.0.113.0/24"]
  security_group_id = aws_security_group.web.id
}

# The CIDR comes from the variable's default, which is the whole internet.
resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = aws_security_group.bastion.id
  cidr_ipv4         = var.admin_cidr
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "reporting"
  manage_master_user_password = true
  publicly_accessible         = true
  storage_encrypted           = true
  backup_retention_period     = 7
  deletion_protection         = true
  multi_az                    = true
}

resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

# endpoint_public_access and public_access_cidrs keep their defaults: open to everyone.
resource "aws_eks_cluster" "defaults" {
  name     = "defaults"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

# Buckets from the local module: "raw" gets Block Public Access, "site" does not.
module "buckets" {
  source       = "./modules/bucket"
  for_each     = { raw = true, site = false }
  name         = "acme-${each.key}"
  block_public = each.value
}

module "archive" {
  source = "./modules/bucket"
  name   = "acme-archive"
}
