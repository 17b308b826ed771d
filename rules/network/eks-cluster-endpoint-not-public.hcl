rule "eks-cluster-endpoint-not-public" {
  id       = "NET006"
  title    = "EKS cluster API endpoints are not open to the whole internet"
  family   = "network"
  severity = "medium"
  resources = ["aws_eks_cluster"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # endpoint_public_access defaults to true and public_access_cidrs to ["0.0.0.0/0"]. A public
  # endpoint limited to listed networks passes; any prefix of length 0 counts as everyone.
  assert = try(
    self.vpc_config[0].endpoint_public_access == false ||
    (
      self.vpc_config[0].public_access_cidrs != null &&
      !anytrue([for c in self.vpc_config[0].public_access_cidrs : endswith(c, "/0")])
    ),
    true
  )
  location = "vpc_config.endpoint_public_access"

  message     = "the Kubernetes API endpoint accepts connections from any address"
  remediation = "Set endpoint_public_access = false with endpoint_private_access = true, or list the administrative networks in public_access_cidrs."
  why         = <<-EOT
    The cluster API endpoint is the control plane of every workload in the cluster. Exposed to
    the whole internet it depends on authentication alone, and any credential leak or API
    server vulnerability becomes reachable from anywhere.
  EOT
}
