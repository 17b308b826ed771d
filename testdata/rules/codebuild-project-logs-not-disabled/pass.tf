variable "build_log_status_unset" {
  type = string
}

resource "aws_codebuild_project" "default_logs" {
  name         = "default-logs"
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
}

resource "aws_codebuild_project" "s3_instead" {
  name         = "s3-instead"
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
      status = "DISABLED"
    }
    dynamic "s3_logs" {
      for_each = ["build-logs-bucket/codebuild"]
      content {
        status   = "ENABLED"
        location = s3_logs.value
      }
    }
  }
}

resource "aws_codebuild_project" "unknown" {
  name         = "unknown"
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
      status = var.build_log_status_unset
    }
  }
}
