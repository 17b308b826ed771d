variable "public" {
  type = bool
}

resource "aws_dms_replication_instance" "default" {
  replication_instance_id    = "default"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_replication_instance" "private" {
  replication_instance_id     = "private"
  replication_instance_class  = "dms.t3.medium"
  publicly_accessible         = false
  replication_subnet_group_id = "private-subnets"
}

resource "aws_dms_replication_instance" "unknown" {
  replication_instance_id    = "unknown"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = var.public
}
