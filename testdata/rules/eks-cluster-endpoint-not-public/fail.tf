resource "aws_eks_cluster" "defaults" {
  name     = "defaults"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config { # expect: eks-cluster-endpoint-not-public
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_cluster" "public_world" {
  name     = "public-world"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids              = ["subnet-1", "subnet-2"]
    endpoint_private_access = true
    endpoint_public_access  = true # expect: eks-cluster-endpoint-not-public
    public_access_cidrs     = ["0.0.0.0/0"]
  }
}

variable "endpoint_cidrs" {
  default = ["203.0.113.0/24", "::/0"]
}

resource "aws_eks_cluster" "ipv6_everyone" {
  name     = "ipv6-everyone"
  role_arn = "arn:aws:iam::111122223333:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-1", "subnet-2"]
    endpoint_public_access = true # expect: eks-cluster-endpoint-not-public
    public_access_cidrs    = var.endpoint_cidrs
  }
}
