resource "aws_eks_cluster" "no_logs" { # expect: eks-control-plane-audit-logging
  name     = "no-logs"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_cluster" "api_only" {
  name                      = "api-only"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = ["api", "scheduler"] # expect: eks-control-plane-audit-logging

  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

variable "cluster_log_types" {
  type    = list(string)
  default = []
}

resource "aws_eks_cluster" "from_variable" {
  name                      = "from-variable"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = var.cluster_log_types # expect: eks-control-plane-audit-logging

  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}
