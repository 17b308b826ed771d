rule "eks-control-plane-audit-logging" {
  id       = "LOG015"
  title    = "EKS clusters send API, audit and authenticator logs to CloudWatch Logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_eks_cluster"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # Control plane logging is off for every log type unless enabled_cluster_log_types lists
  # it. api, audit and authenticator are the types that record who did what in the cluster;
  # controllerManager and scheduler are diagnostic and not required.
  assert = (
    self.enabled_cluster_log_types != null &&
    length(setsubtract(["api", "audit", "authenticator"], self.enabled_cluster_log_types)) == 0
  )
  location = "enabled_cluster_log_types"

  message     = "the cluster does not send all of the api, audit and authenticator control plane logs"
  remediation = "Set enabled_cluster_log_types to include \"api\", \"audit\" and \"authenticator\" (and create the /aws/eks/<cluster>/cluster log group with a retention that meets policy)."
  why         = <<-EOT
    The Kubernetes API server is the control point for every workload and secret in the
    cluster. Its audit log records each request with the identity that made it, and the
    authenticator log maps those identities back to IAM principals. Without them, changes to
    workloads, role bindings and secrets cannot be attributed or investigated.
  EOT
}
