rule "eks-node-group-ssh-not-public" {
  id       = "NET018"
  title    = "EKS managed node groups do not open SSH to the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_eks_node_group"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # When remote_access names an ec2_ssh_key but no source_security_group_ids, EKS opens
  # port 22 on the nodes to 0.0.0.0/0 (documented for the RemoteAccess API and CDK's
  # NodegroupRemoteAccess). A node group without remote_access opens nothing.
  assert = !anytrue([
    for ra in coalesce(self.remote_access, []) :
    is_set(ra.ec2_ssh_key) && !is_set(ra.source_security_group_ids)
  ])
  location = "remote_access"

  message     = "remote_access sets an SSH key without source_security_group_ids, so EKS opens port 22 on the nodes to 0.0.0.0/0"
  remediation = "Add source_security_group_ids naming the bastion or administration security groups allowed to SSH to the nodes, or drop remote_access and use Session Manager."
  why         = <<-EOT
    EKS creates the SSH rule itself, so it appears in no security group written in the
    configuration and is easy to miss in a review. Every worker node then answers SSH from
    the whole internet, and a leaked key gives direct access to the hosts that run the
    cluster's workloads and credentials.
  EOT
}
