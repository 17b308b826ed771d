rule "redshift-audit-logging-enabled" {
  id       = "LOG018"
  title    = "Redshift clusters have audit logging enabled"
  family   = "logging"
  severity = "medium"
  resources = ["aws_redshift_cluster"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # Audit logging (connection and user logs, plus the user activity log when the parameter
  # group sets enable_user_activity_logging) is off by default. It is configured either by
  # the cluster's own logging block (enable = true; deprecated in provider v5) or by an
  # aws_redshift_logging whose cluster_identifier refers to this cluster
  # (aws_redshift_cluster.x.id or .cluster_identifier).
  assert = (
    try(self.logging[0].enable == true, false) ||
    length(referrers("aws_redshift_logging", "cluster_identifier")) > 0
  )
  location = "logging.enable"

  message     = "the cluster has no audit logging (no logging block with enable = true and no aws_redshift_logging for it)"
  remediation = "Add an aws_redshift_logging with cluster_identifier = this cluster's identifier and log_destination_type \"cloudwatch\" (with log_exports) or \"s3\" (with bucket_name), and set enable_user_activity_logging = true in the cluster's parameter group."
  why         = <<-EOT
    A data warehouse concentrates financial and customer data. Redshift's audit logs record
    connection attempts, changes to database users and (with user activity logging) the
    queries run, which is the evidence needed to review who reached that data and to
    investigate misuse. Redshift keeps none of it unless audit logging is turned on.
  EOT
}
