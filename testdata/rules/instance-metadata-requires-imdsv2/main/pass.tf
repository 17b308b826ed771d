resource "aws_instance" "v2" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "no_metadata" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "disabled"
  }
}

resource "aws_launch_template" "v2" {
  name_prefix = "v2-"
  image_id    = "ami-0123456789abcdef0"
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

# Settings come from the launch template, which is judged on its own.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.v2.id
    version = "$Latest"
  }
}

variable "tokens_from_caller" {
  type = string
}

resource "aws_instance" "tokens_from_caller" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = var.tokens_from_caller
  }
}
