variable "encrypted" {
  type    = bool
  default = false
}

variable "environment" {
  default = "dev"
}

locals {
  encrypt_by_env = {
    prod = true
    dev  = false
  }
}

# Unset: RDS leaves storage unencrypted.
resource "aws_db_instance" "unset" { # expect: rds-storage-encrypted
  identifier     = "unset"
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_db_instance" "explicit_false" {
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  storage_encrypted = false # expect: rds-storage-encrypted
}

# A variable's default is what a plan would use.
resource "aws_db_instance" "from_variable" {
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  storage_encrypted = var.encrypted # expect: rds-storage-encrypted
}

resource "aws_db_instance" "conditional" {
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  storage_encrypted = var.environment == "prod" ? true : false # expect: rds-storage-encrypted
}

# for_each: only the "dev" instance fails, and it points at the same line.
resource "aws_rds_cluster" "per_env" {
  for_each           = local.encrypt_by_env
  cluster_identifier = each.key
  engine             = "aurora-postgresql"
  storage_encrypted  = each.value # expect: rds-storage-encrypted
}

resource "aws_rds_cluster" "provisioned" { # expect: rds-storage-encrypted
  engine      = "aurora-mysql"
  engine_mode = "provisioned"
}
