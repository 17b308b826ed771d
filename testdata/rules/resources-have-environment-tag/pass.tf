variable "environment" {
  type = string
}

resource "aws_sns_topic" "tagged" {
  name = "tagged"
  tags = {
    Owner       = "platform"
    Environment = "production"
  }
}

resource "aws_eks_cluster" "tagged_later" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1"]
  }
  tags = {
    Environment = var.environment
  }
}
