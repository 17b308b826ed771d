# The machine output formats' fixture (tests/formats.rs): a finding inside an installed
# module, a message with characters each format must escape, and a parse error (broken.tf).
module "vpc" {
  source  = "example-corp/vpc/aws"
  version = "3.1.0"
  name    = "formats"
}

# IAM033's message names the privileged containers: this name has `%`, `,`, `:`, `<`, `&`,
# `|`, quotes, a mention and a line break.
resource "aws_ecs_task_definition" "escaping" {
  family = "escaping"
  container_definitions = jsonencode([
    {
      name       = "100% <web> & \"api\", a|b: 'x' @ops\nnext"
      image      = "nginx"
      privileged = true
    },
  ])
}
