variable "transit" {
  type    = string
  default = "DISABLED"
}

locals {
  efs_volumes = {
    uploads = "fs-111"
    cache   = "fs-222"
  }
}

resource "aws_ecs_task_definition" "unset" {
  family = "unset"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/nginx/nginx:latest"
  }])

  volume {
    name = "data"
    efs_volume_configuration { # expect: ecs-efs-volume-transit-encryption
      file_system_id = "fs-123"
    }
  }
}

# The second volume is the unencrypted one.
resource "aws_ecs_task_definition" "second_volume" {
  family = "second"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/nginx/nginx:latest"
  }])

  volume {
    name      = "scratch"
    host_path = "/tmp/scratch"
  }

  volume {
    name = "shared"
    efs_volume_configuration {
      file_system_id     = "fs-456"
      transit_encryption = var.transit # expect: ecs-efs-volume-transit-encryption
    }
  }
}

resource "aws_ecs_task_definition" "dynamic_volumes" {
  family = "dynamic"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/nginx/nginx:latest"
  }])

  dynamic "volume" {
    for_each = local.efs_volumes
    content {
      name = volume.key
      efs_volume_configuration {
        file_system_id     = volume.value
        transit_encryption = "DISABLED" # expect: ecs-efs-volume-transit-encryption
      }
    }
  }
}
