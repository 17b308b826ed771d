rule "neptune-iam-authentication-enabled" {
  id       = "IAM046"
  title    = "Neptune clusters require IAM authentication"
  family   = "identity"
  severity = "medium"
  resources = ["aws_neptune_cluster"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  # iam_database_authentication_enabled defaults to false. Unlike RDS (IAM027, preset all),
  # Neptune has no database users or passwords: without IAM authentication any client that
  # reaches the cluster endpoint over the network can read and write the graph. With it,
  # every request is signed (SigV4) and allowed by neptune-db: IAM policies. A cluster
  # restored from a snapshot or replicating another is judged all the same: the setting is
  # the cluster's own.
  assert   = self.iam_database_authentication_enabled == true
  location = "iam_database_authentication_enabled"

  message     = "the Neptune cluster does not require IAM authentication, so any client that reaches it can query it"
  remediation = "Set iam_database_authentication_enabled = true and grant clients neptune-db:* actions (connect, read, write) on the cluster through IAM policies; clients then sign requests with SigV4."
  why         = <<-EOT
    Neptune has no user names or passwords of its own. Without IAM database authentication,
    network reachability is the only control: anything in the VPC that can open the port
    can read and change all data, and no request is tied to an identity. IAM authentication
    gives each client its own credentials, least-privilege policies and an audit trail.
  EOT

  fix {
    title = "Set iam_database_authentication_enabled = true"
    set {
      iam_database_authentication_enabled = true
    }
  }
}
