resource "aws_codebuild_project" "default_key" { # expect: codebuild-project-encrypted-with-cmk
  name         = "default-key"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/acme/app.git"
  }
}

resource "aws_codebuild_project" "aws_alias" {
  name           = "aws-alias"
  encryption_key = "arn:aws:kms:eu-west-1:111122223333:alias/aws/s3" # expect: codebuild-project-encrypted-with-cmk
  service_role   = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/acme/app.git"
  }
}
