variable "exec_logging" {
  type    = string
  default = "NONE"
}

resource "aws_ecs_cluster" "exec_not_logged" {
  name = "exec-not-logged"

  configuration {
    execute_command_configuration {
      logging = "NONE" # expect: ecs-exec-logging-not-disabled
    }
  }
}

resource "aws_ecs_cluster" "from_variable" {
  for_each = toset(["blue", "green"])
  name     = "from-variable-${each.key}"

  configuration {
    execute_command_configuration {
      kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      logging    = var.exec_logging # expect: ecs-exec-logging-not-disabled
    }
  }
}

resource "aws_ecs_cluster" "override_nowhere" {
  name = "override-nowhere"

  configuration {
    execute_command_configuration {
      logging = "OVERRIDE" # expect: ecs-exec-logging-not-disabled
      log_configuration {
        cloud_watch_encryption_enabled = true
      }
    }
  }
}

resource "aws_ecs_cluster" "dynamic_none" {
  name = "dynamic-none"

  dynamic "configuration" {
    for_each = [{ logging = "NONE" }]
    content {
      execute_command_configuration {
        logging = configuration.value.logging # expect: ecs-exec-logging-not-disabled
      }
    }
  }
}
