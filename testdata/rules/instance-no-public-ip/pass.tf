variable "public" {
  type = bool
}

resource "aws_instance" "private" {
  ami           = "ami-123"
  instance_type = "t3.micro"
  subnet_id     = "subnet-123"
}

resource "aws_instance" "explicitly_private" {
  ami                         = "ami-123"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}

resource "aws_instance" "unknown" {
  ami                         = "ami-123"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public
}

resource "aws_launch_configuration" "private" {
  image_id      = "ami-123"
  instance_type = "t3.micro"
}
