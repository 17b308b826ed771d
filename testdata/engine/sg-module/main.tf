variable "rules" {
  type = list(object({ port = number, cidrs = list(string) }))
}

resource "aws_security_group" "this" {
  name = "service"
  tags = { Owner = "platform", Environment = "prod" }

  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }
}
