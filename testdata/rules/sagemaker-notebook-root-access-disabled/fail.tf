resource "aws_sagemaker_notebook_instance" "default_root" { # expect: sagemaker-notebook-root-access-disabled
  name          = "research"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
}

locals {
  notebooks = { a = "Enabled", b = "Disabled" }
}

resource "aws_sagemaker_notebook_instance" "per_team" {
  for_each      = local.notebooks
  name          = "team-${each.key}"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = each.value # expect: sagemaker-notebook-root-access-disabled
}
