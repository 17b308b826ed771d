variable "public" {
  type = bool
}

resource "aws_ecs_service" "private_tasks" {
  name            = "private-tasks"
  cluster         = "main"
  task_definition = "web:1"

  network_configuration {
    subnets         = ["subnet-123"]
    security_groups = ["sg-123"]
  }
}

resource "aws_ecs_service" "bridge_mode" {
  name            = "bridge-mode"
  cluster         = "main"
  task_definition = "web:1"
}

resource "aws_ecs_service" "unknown" {
  name            = "unknown"
  cluster         = "main"
  task_definition = "web:1"

  network_configuration {
    subnets          = ["subnet-123"]
    assign_public_ip = var.public
  }
}
