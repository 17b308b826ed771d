resource "aws_instance" "root_unencrypted" { # expect: instance-block-devices-encrypted
  ami           = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
  }
}

# The root volume is fine, but the second data volume is not.
resource "aws_instance" "data_volume" { # expect: instance-block-devices-encrypted
  ami           = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdg"
    volume_size = 100
  }
}

resource "aws_instance" "fleet" { # expect: instance-block-devices-encrypted
  for_each      = toset(["a", "b"])
  ami           = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = false
  }
}
