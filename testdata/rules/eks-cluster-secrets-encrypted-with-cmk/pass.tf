resource "aws_kms_key" "eks" {
  description         = "eks secrets"
  enable_key_rotation = true
}

resource "aws_eks_cluster" "cmk" {
  name     = "cmk"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
