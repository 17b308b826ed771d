resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_codepipeline" "cmk" {
  name     = "cmk"
  role_arn = "arn:aws:iam::111122223333:role/pipeline"
  artifact_store {
    location = "acme-pipeline-artifacts"
    type     = "S3"
    encryption_key {
      id   = aws_kms_key.data.arn
      type = "KMS"
    }
  }
  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        ConnectionArn    = "arn:aws:codestar-connections:eu-west-1:111122223333:connection/abc"
        FullRepositoryId = "acme/app"
        BranchName       = "main"
      }
    }
  }
  stage {
    name = "Build"
    action {
      name            = "Build"
      category        = "Build"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        ProjectName = "app"
      }
    }
  }
}
