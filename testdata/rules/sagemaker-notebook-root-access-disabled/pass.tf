resource "aws_sagemaker_notebook_instance" "no_root" {
  name          = "analytics"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}

variable "root_access" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "unknown" {
  name          = "unknown"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = var.root_access
}
