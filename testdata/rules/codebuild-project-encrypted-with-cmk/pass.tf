resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_codebuild_project" "cmk" {
  name           = "cmk"
  encryption_key = aws_kms_key.data.arn
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
