resource "aws_db_instance" "multi_az" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  multi_az       = true
}

resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.multi_az.identifier
}

# An Aurora instance: the cluster's other instances give it a standby.
resource "aws_db_instance" "aurora_member" {
  engine         = "aurora-postgresql"
  instance_class = "db.r6g.large"
}
