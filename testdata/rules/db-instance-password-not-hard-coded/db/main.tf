variable "password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "this" {
  identifier        = "billing"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.password # expect: db-instance-password-not-hard-coded
}
