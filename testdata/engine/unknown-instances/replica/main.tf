variable "name" {
  type = string
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = false
  tags              = { Name = var.name }
}
