resource "aws_sagemaker_notebook_instance" "default_access" { # expect: sagemaker-notebook-no-direct-internet
  name          = "default-access"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "enabled_in_vpc" {
  name                   = "enabled-in-vpc"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-123"
  security_groups        = ["sg-123"]
  direct_internet_access = "Enabled" # expect: sagemaker-notebook-no-direct-internet
}
