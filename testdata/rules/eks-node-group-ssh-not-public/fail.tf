resource "aws_eks_node_group" "ssh_everywhere" {
  cluster_name    = "main"
  node_group_name = "ssh-everywhere"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-123"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  remote_access { # expect: eks-node-group-ssh-not-public
    ec2_ssh_key = "ops"
  }
}

variable "source_sgs" {
  default = []
}

resource "aws_eks_node_group" "empty_sources" {
  cluster_name    = "main"
  node_group_name = "empty-sources"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-123"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  remote_access { # expect: eks-node-group-ssh-not-public
    ec2_ssh_key               = "ops"
    source_security_group_ids = var.source_sgs
  }
}
