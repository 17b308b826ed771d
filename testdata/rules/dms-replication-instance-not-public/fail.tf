resource "aws_dms_replication_instance" "public" {
  replication_instance_id    = "public"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true # expect: dms-replication-instance-not-public
}

locals {
  instances = {
    migrate-a = { public = true }
    migrate-b = { public = false }
  }
}

resource "aws_dms_replication_instance" "per_migration" {
  for_each                   = local.instances
  replication_instance_id    = each.key
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = each.value.public # expect: dms-replication-instance-not-public
}
