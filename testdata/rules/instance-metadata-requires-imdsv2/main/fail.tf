resource "aws_instance" "defaults" { # expect: instance-metadata-requires-imdsv2
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "optional_tokens" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # expect: instance-metadata-requires-imdsv2
  }
}

variable "imds_tokens" {
  type    = string
  default = "optional"
}

resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  dynamic "metadata_options" {
    for_each = [var.imds_tokens]
    content {
      http_tokens                 = metadata_options.value # expect: instance-metadata-requires-imdsv2
      http_put_response_hop_limit = 2
    }
  }
}

resource "aws_launch_configuration" "legacy" { # expect: instance-metadata-requires-imdsv2
  name_prefix   = "legacy-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
