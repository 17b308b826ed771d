variable "build_cloudwatch_status" {
  type    = string
  default = "DISABLED"
}

resource "aws_codebuild_project" "no_logs" {
  name         = "no-logs"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
    buildspec = "version: 0.2"
  }

  logs_config {
    cloudwatch_logs {
      status = "DISABLED" # expect: codebuild-project-logs-not-disabled
    }
  }
}

resource "aws_codebuild_project" "s3_also_off" {
  for_each     = toset(["app", "infra"])
  name         = "s3-off-${each.key}"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
    buildspec = "version: 0.2"
  }

  logs_config {
    cloudwatch_logs {
      status = var.build_cloudwatch_status # expect: codebuild-project-logs-not-disabled
    }
    s3_logs {
      status = "DISABLED"
    }
  }
}
