resource "aws_db_instance" "literal" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "app"
  password          = "Sup3rSecret!" # expect: db-instance-password-not-hard-coded
}

variable "db_password" {
  type      = string
  default   = "changeme123"
  sensitive = true
}

resource "aws_db_instance" "variable_default" {
  count             = 2
  identifier        = "reports-${count.index}"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password # expect: db-instance-password-not-hard-coded
}

locals {
  directory_admin = "Corp-Admin-2024"
}

resource "aws_directory_service_directory" "corp" {
  name     = "corp.example.com"
  password = local.directory_admin # expect: db-instance-password-not-hard-coded
  size     = "Small"
  vpc_settings {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }
}

module "billing_db" {
  source   = "./db"
  password = "billing-pass-1"
}
