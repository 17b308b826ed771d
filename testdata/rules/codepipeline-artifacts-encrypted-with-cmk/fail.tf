resource "aws_codepipeline" "default_key" {
  name     = "default-key"
  role_arn = "arn:aws:iam::111122223333:role/pipeline"
  artifact_store { # expect: codepipeline-artifacts-encrypted-with-cmk
    location = "acme-pipeline-artifacts"
    type     = "S3"
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

resource "aws_codepipeline" "aws_alias" {
  name     = "aws-alias"
  role_arn = "arn:aws:iam::111122223333:role/pipeline"
  artifact_store { # expect: codepipeline-artifacts-encrypted-with-cmk
    location = "acme-pipeline-artifacts"
    type     = "S3"
    encryption_key {
      id   = "alias/aws/s3"
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
