resource "aws_db_instance" "single_az" { # expect: rds-multi-az-enabled
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

variable "environment" {
  default = "staging"
}

resource "aws_db_instance" "by_environment" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  multi_az       = var.environment == "production" # expect: rds-multi-az-enabled
}
