# A literal AMI id is judged even where an Amazon Linux 2023 lookup exists.
resource "aws_instance" "pinned_ami" { # expect: instance-metadata-requires-imdsv2
  ami           = "ami-0fedcba9876543210"
  instance_type = "t4g.micro"
}
