variable "internet" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "vpc_only" {
  name                   = "vpc-only"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-123"
  security_groups        = ["sg-123"]
  direct_internet_access = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "unknown" {
  name                   = "unknown"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-123"
  security_groups        = ["sg-123"]
  direct_internet_access = var.internet
}
