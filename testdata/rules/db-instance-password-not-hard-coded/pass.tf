resource "aws_db_instance" "managed" {
  identifier                  = "managed"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "generated" {
  identifier        = "generated"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "app"
  password          = random_password.db.result
}

variable "supplied_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "supplied" {
  identifier        = "supplied"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.supplied_password
}

data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/db"
}

resource "aws_db_instance" "from_secret" {
  identifier        = "from-secret"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "app"
  password          = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
}

# A read replica has no password of its own.
resource "aws_db_instance" "replica" {
  identifier          = "replica"
  replicate_source_db = aws_db_instance.managed.identifier
  instance_class      = "db.t4g.micro"
}
