variable "unknown_transit" {
  type = string
}

resource "aws_ecs_task_definition" "encrypted" {
  family = "encrypted"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/nginx/nginx:latest"
  }])

  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id          = "fs-123"
      root_directory          = "/"
      transit_encryption      = "ENABLED"
      transit_encryption_port = 2999
      authorization_config {
        access_point_id = "fsap-123"
        iam             = "ENABLED"
      }
    }
  }
}

# No EFS volumes.
resource "aws_ecs_task_definition" "bind_mount" {
  family = "bind"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/nginx/nginx:latest"
  }])

  volume {
    name      = "scratch"
    host_path = "/tmp/scratch"
  }
}

resource "aws_ecs_task_definition" "no_volumes" {
  family = "none"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/nginx/nginx:latest"
  }])
}

resource "aws_ecs_task_definition" "unknown" {
  family = "unknown"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/nginx/nginx:latest"
  }])

  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-123"
      transit_encryption = var.unknown_transit
    }
  }
}
