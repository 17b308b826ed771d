resource "aws_instance" "small" {
  ami           = "ami-12345678"
  instance_type = "t3.small"
}

resource "aws_instance" "large" {
  ami           = "ami-12345678"
  instance_type = "m5.large"
}
