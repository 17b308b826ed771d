resource "aws_ecs_task_definition" "plain" {
  family = "web"
  container_definitions = jsonencode([
    {
      name        = "web"
      image       = "public.ecr.aws/nginx/nginx:1.27"
      essential   = true
      privileged  = false
      linuxParameters = { capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] } }
    }
  ])
}

variable "supplied_privileged" {
  type = bool
}

resource "aws_ecs_task_definition" "unknown" {
  family = "unknown"
  container_definitions = jsonencode([
    { name = "x", image = "public.ecr.aws/example/x:1.0", essential = true, privileged = var.supplied_privileged }
  ])
}
