# A reusable database module; its examples call it with "../../".
resource "aws_db_instance" "this" {
  identifier              = var.settings.name
  engine                  = "postgres"
  instance_class          = "db.t4g.micro"
  storage_encrypted       = var.storage_encrypted
  backup_retention_period = var.settings.backup_days
  deletion_protection     = true
  multi_az                = true
  tags                    = { Owner = "data", Environment = "prod", DataClassification = "internal" }
}
