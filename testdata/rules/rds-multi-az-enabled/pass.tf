resource "aws_db_instance" "multi_az" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  multi_az       = true
}

resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.multi_az.identifier
}
