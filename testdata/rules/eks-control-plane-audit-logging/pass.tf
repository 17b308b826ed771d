resource "aws_eks_cluster" "audited" {
  name                      = "audited"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = ["audit", "api", "authenticator"]

  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

locals {
  all_log_types = toset(["api", "audit", "authenticator", "controllerManager", "scheduler"])
}

resource "aws_eks_cluster" "everything" {
  for_each                  = toset(["blue", "green"])
  name                      = "everything-${each.key}"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = local.all_log_types

  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

variable "log_types_input" {
  type = list(string)
}

resource "aws_eks_cluster" "unknown" {
  name                      = "unknown"
  role_arn                  = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = var.log_types_input

  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}
