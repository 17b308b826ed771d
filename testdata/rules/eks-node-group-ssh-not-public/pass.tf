resource "aws_security_group" "bastion" {
  name = "bastion"
}

resource "aws_eks_node_group" "ssh_from_bastion" {
  cluster_name    = "main"
  node_group_name = "ssh-from-bastion"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-123"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = [aws_security_group.bastion.id]
  }
}

resource "aws_eks_node_group" "no_remote_access" {
  cluster_name    = "main"
  node_group_name = "no-remote-access"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-123"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }
}

variable "remote_access" {
  type    = map(any)
  default = {}
}

# remote_access only when a key is given: none here.
resource "aws_eks_node_group" "optional_remote_access" {
  cluster_name    = "main"
  node_group_name = "optional-remote-access"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-123"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  dynamic "remote_access" {
    for_each = length(var.remote_access) > 0 ? [var.remote_access] : []
    content {
      ec2_ssh_key = remote_access.value.ec2_ssh_key
    }
  }
}
