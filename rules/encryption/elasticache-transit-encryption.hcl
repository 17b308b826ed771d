rule "elasticache-transit-encryption" {
  id       = "ENC048"
  title    = "ElastiCache clusters require encrypted connections"
  family   = "encryption"
  severity = "high"
  resources = ["aws_elasticache_replication_group", "aws_elasticache_cluster"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # transit_encryption_enabled defaults to false. With it on, transit_encryption_mode
  # "preferred" still accepts unencrypted clients (AWS's migration step), so only "required"
  # or an unset mode (which AWS treats as required when encryption is enabled at creation)
  # passes. A cache cluster (it has a cluster_id, which a replication group lacks) that joins a replication group (replication_group_id) takes the
  # group's setting and is judged there. Serverless caches (aws_elasticache_serverless_cache)
  # always use TLS and are not listed.
  assert = (
    (is_set(try(self.cluster_id, null)) && is_set(self.replication_group_id)) ||
    (try(tobool(self.transit_encryption_enabled), null) == true && lower(coalesce(try(self.transit_encryption_mode, null), "required")) == "required")
  )
  location = "transit_encryption_enabled"

  message     = "the cache accepts unencrypted connections (transit_encryption_enabled is false or unset, or transit_encryption_mode is \"preferred\")"
  remediation = "Set transit_encryption_enabled = true (and transit_encryption_mode = \"required\" once clients use TLS); enabling it on an existing cluster goes through the \"preferred\" mode first."
  why         = <<-EOT
    Without in-transit encryption, commands and cached values, often session data, tokens
    or query results, travel between clients and the cache nodes (and between the nodes) in
    clear text. ElastiCache leaves node-based clusters unencrypted in transit unless asked;
    the "preferred" mode still lets clients connect without TLS.
  EOT
}
