variable "worker_secret" {
  type = string
}

resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([ # expect: ecs-container-environment-no-literal-secrets
    {
      name        = "worker"
      image       = "public.ecr.aws/example/worker:1.0"
      essential   = true
      environment = [{ name = "WORKER_SECRET", value = var.worker_secret }]
    }
  ])
}
