resource "aws_sagemaker_notebook_instance" "research" { # expect: sagemaker-encrypted-with-cmk
  name          = "research"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_endpoint_configuration" "serving" { # expect: sagemaker-encrypted-with-cmk
  name = "serving"
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_notebook_instance" "aws_alias" {
  name          = "aws-alias"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id    = "alias/aws/sagemaker" # expect: sagemaker-encrypted-with-cmk
}

resource "aws_sagemaker_endpoint_configuration" "aws_alias" { # expect: sagemaker-encrypted-with-cmk
  name        = "aws-alias"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/sagemaker"
  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}
