resource "aws_secretsmanager_secret" "db" {
  name = "orders/db"
}

resource "random_password" "jwt" {
  length = 48
}

resource "aws_ecs_task_definition" "secrets_from_store" {
  family = "orders"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "public.ecr.aws/example/orders:1.0"
      essential = true
      environment = [
        { name = "DB_HOST", value = "orders.internal" },
        { name = "DB_PASSWORD_SECRET_ARN", value = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/db-AbCdEf" },
        { name = "TOKEN_TTL", value = "3600" },
        { name = "API_KEY_PARAMETER", value = "/orders/api-key" },
        { name = "REQUIRE_ACCESS_KEY", value = "false" },
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/db-AbCdEf:password::" },
      ]
    }
  ])
}

resource "aws_ecs_task_definition" "unknown_value" {
  family = "auth"
  container_definitions = jsonencode([
    {
      name        = "auth"
      image       = "public.ecr.aws/example/auth:1.0"
      essential   = true
      environment = [{ name = "JWT_SECRET", value = random_password.jwt.result }]
    }
  ])
}

variable "task_containers" {
  type = string
}

resource "aws_ecs_task_definition" "unknown_document" {
  family                = "external"
  container_definitions = var.task_containers
}

resource "aws_ecs_task_definition" "no_environment" {
  family = "static"
  container_definitions = jsonencode([
    { name = "web", image = "public.ecr.aws/nginx/nginx:1.27", essential = true }
  ])
}
