variable "exec_log_group_unset" {
  type = string
}

resource "aws_cloudwatch_log_group" "exec" {
  name              = "/ecs/exec"
  retention_in_days = 365
}

resource "aws_ecs_cluster" "no_configuration" {
  name = "no-configuration"
}

resource "aws_ecs_cluster" "default_logging" {
  name = "default-logging"

  configuration {
    execute_command_configuration {
      kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
}

resource "aws_ecs_cluster" "override_to_log_group" {
  name = "override-to-log-group"

  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec.name
      }
    }
  }
}

resource "aws_ecs_cluster" "override_to_unknown" {
  name = "override-to-unknown"

  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"
      log_configuration {
        s3_bucket_name = var.exec_log_group_unset
      }
    }
  }
}
