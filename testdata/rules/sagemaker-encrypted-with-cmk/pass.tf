resource "aws_kms_key" "ml" {
  description         = "ml"
  enable_key_rotation = true
}

resource "aws_sagemaker_notebook_instance" "research_passing" {
  name          = "research"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id    = aws_kms_key.ml.id
}

resource "aws_sagemaker_endpoint_configuration" "serving_passing" {
  name        = "serving"
  kms_key_arn = aws_kms_key.ml.arn
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_domain" "studio" {
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-1"
  subnet_ids  = ["subnet-1"]
  kms_key_id  = aws_kms_key.ml.arn
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker"
  }
}
