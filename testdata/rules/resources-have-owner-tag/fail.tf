variable "tags" {
  default = {
    Environment = "production"
  }
}

resource "aws_vpc" "untagged" { # expect: resources-have-owner-tag
  cidr_block = "10.0.0.0/16"
}

resource "aws_lambda_function" "from_default_tags" {
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/worker"
  tags          = var.tags # expect: resources-have-owner-tag
}

resource "aws_instance" "per_az" {
  for_each      = toset(["a", "b"])
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  tags = { # expect: resources-have-owner-tag
    Name = "web-${each.key}"
  }
}
