resource "aws_ecs_service" "public_tasks" {
  name            = "public-tasks"
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/main"
  task_definition = "web:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-123"]
    security_groups  = ["sg-123"]
    assign_public_ip = true # expect: ecs-service-no-public-ip
  }
}

variable "assign_public_ip" {
  default = true
}

resource "aws_ecs_service" "from_variable" {
  name            = "from-variable"
  cluster         = "main"
  task_definition = "web:1"

  network_configuration {
    subnets          = ["subnet-123"]
    assign_public_ip = var.assign_public_ip # expect: ecs-service-no-public-ip
  }
}
