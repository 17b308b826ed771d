resource "aws_instance" "public_web" {
  ami                         = "ami-123"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-123"
  associate_public_ip_address = true # expect: instance-no-public-ip
}

locals {
  settings = { public = true }
}

resource "aws_instance" "counted" {
  count                       = 2
  ami                         = "ami-123"
  instance_type               = "t3.micro"
  associate_public_ip_address = local.settings.public # expect: instance-no-public-ip
}

resource "aws_launch_configuration" "public_asg" {
  image_id                    = "ami-123"
  instance_type               = "t3.micro"
  associate_public_ip_address = true # expect: instance-no-public-ip
}
