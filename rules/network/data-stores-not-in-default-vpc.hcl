rule "data-stores-not-in-default-vpc" {
  id       = "NET040"
  title    = "Databases and caches name a subnet group instead of falling back to the default VPC"
  family   = "network"
  severity = "low"
  preset   = "all"
  resources = [
    "aws_db_instance",
    "aws_rds_cluster",
    "aws_docdb_cluster",
    "aws_neptune_cluster",
    "aws_redshift_cluster",
    "aws_elasticache_cluster",
    "aws_elasticache_replication_group",
  ]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Each of these services places a database without a subnet group (db_subnet_group_name,
  # neptune_subnet_group_name, cluster_subnet_group_name, subnet_group_name) in the
  # region's default VPC, whose subnets are all public (routed to an internet gateway) and
  # shared by whatever else was launched without a network choice. A group named "default"
  # is that same default VPC. Members that take their network from elsewhere pass: an RDS
  # read replica in the same region (replicate_source_db) and a cache cluster joining a
  # replication group (an aws_elasticache_cluster with replication_group_id). In the "all" preset and low: these services
  # get no public address unless asked (rds-not-publicly-accessible and similar cover
  # that), so the risk is weak segmentation rather than exposure.
  assert = (
    is_set(try(self.replicate_source_db, null)) ||
    (is_set(try(self.cluster_id, null)) && is_set(try(self.replication_group_id, null))) ||
    (
      is_set(try(coalesce(
        try(self.db_subnet_group_name, null),
        try(self.neptune_subnet_group_name, null),
        try(self.cluster_subnet_group_name, null),
        try(self.subnet_group_name, null)
      ), null)) &&
      lower(try(coalesce(
        try(self.db_subnet_group_name, null),
        try(self.neptune_subnet_group_name, null),
        try(self.cluster_subnet_group_name, null),
        try(self.subnet_group_name, null)
      ), "")) != "default"
    )
  )

  message     = "no subnet group is named (or the one named is \"default\"), so the data store is placed in the default VPC"
  remediation = "Create a subnet group from private subnets of a purpose-built VPC (aws_db_subnet_group, aws_docdb_subnet_group, aws_neptune_subnet_group, aws_redshift_subnet_group, aws_elasticache_subnet_group) and name it on the resource."
  why         = <<-EOT
    The default VPC exists so that resources work without network design: its subnets are
    public and every resource launched without a network choice ends up beside the others.
    Data stores belong in private subnets whose routes and neighbours were chosen on purpose,
    which is the segmentation auditors look for around customer data.
  EOT
}
