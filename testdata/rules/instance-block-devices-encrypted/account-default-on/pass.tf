# EBS encryption by default is on for the account and region: every volume the instance
# gets is encrypted, even the one that asks for encrypted = false.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_instance" "legacy" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = false
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 50
  }
}
