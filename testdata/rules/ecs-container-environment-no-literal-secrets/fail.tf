resource "aws_ecs_task_definition" "jsonencode_literal" {
  family = "orders"
  container_definitions = jsonencode([ # expect: ecs-container-environment-no-literal-secrets
    {
      name      = "app"
      image     = "public.ecr.aws/example/orders:1.0"
      essential = true
      environment = [
        { name = "DB_HOST", value = "orders.internal" },
        { name = "DB_PASSWORD", value = "Orders-Db-2024!" },
      ]
    }
  ])
}

locals {
  reports_containers = <<-JSON
    [
      {
        "name": "reports",
        "image": "public.ecr.aws/example/reports:2.1",
        "essential": true,
        "environment": [
          {"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"},
          {"name": "LOG_LEVEL", "value": "info"}
        ]
      }
    ]
  JSON
}

resource "aws_ecs_task_definition" "heredoc" {
  family                = "reports"
  container_definitions = local.reports_containers # expect: ecs-container-environment-no-literal-secrets
}

variable "sendgrid_api_key" {
  type    = string
  default = "SG.0123456789abcdef"
}

resource "aws_ecs_task_definition" "sidecar_variable_default" {
  for_each = toset(["blue", "green"])
  family   = "mailer-${each.key}"
  container_definitions = jsonencode([ # expect: ecs-container-environment-no-literal-secrets
    {
      name      = "proxy"
      image     = "public.ecr.aws/nginx/nginx:1.27"
      essential = true
    },
    {
      name      = "mailer"
      image     = "public.ecr.aws/example/mailer:3.0"
      essential = false
      environment = [
        { name = "SENDGRID_API_KEY", value = var.sendgrid_api_key },
        { name = "COLOUR", value = each.key },
      ]
    }
  ])
}

module "worker" {
  source        = "./mod"
  worker_secret = "Worker-Shared-Secret"
}
