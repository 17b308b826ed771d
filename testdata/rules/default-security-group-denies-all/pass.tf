variable "default_sg_ingress" {
  type = list(any)
}

resource "aws_default_security_group" "closed" {
  vpc_id = "vpc-789"
}

resource "aws_default_security_group" "empty_lists" {
  vpc_id  = "vpc-abc"
  ingress = []
  egress  = []
}

resource "aws_default_security_group" "dynamic_rules" {
  vpc_id = "vpc-def"

  dynamic "ingress" {
    for_each = var.default_sg_ingress
    content {
      protocol  = ingress.value.protocol
      from_port = ingress.value.from_port
      to_port   = ingress.value.to_port
    }
  }
}
