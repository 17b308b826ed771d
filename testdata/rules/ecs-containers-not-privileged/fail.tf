resource "aws_ecs_task_definition" "agent" {
  family = "monitoring-agent"
  container_definitions = jsonencode([ # expect: ecs-containers-not-privileged
    { name = "agent", image = "public.ecr.aws/example/agent:1.0", essential = true, privileged = true }
  ])
}

locals {
  builder_containers = <<-JSON
    [
      {"name": "app", "image": "public.ecr.aws/example/app:1.0", "essential": true},
      {"name": "docker", "image": "public.ecr.aws/docker/library/docker:dind", "essential": false, "privileged": true}
    ]
  JSON
}

resource "aws_ecs_task_definition" "heredoc" {
  count                 = 1
  family                = "builder"
  container_definitions = local.builder_containers # expect: ecs-containers-not-privileged
}

variable "privileged" {
  type    = bool
  default = true
}

resource "aws_ecs_task_definition" "variable_default" {
  family = "debug"
  container_definitions = jsonencode([ # expect: ecs-containers-not-privileged
    { name = "debug", image = "public.ecr.aws/example/debug:1.0", essential = true, privileged = var.privileged }
  ])
}
