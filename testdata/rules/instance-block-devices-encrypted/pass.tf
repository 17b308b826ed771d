variable "encrypt_root" {
  type = bool
}

resource "aws_instance" "encrypted" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = true
    kms_key_id  = "arn:aws:kms:eu-west-1:111122223333:key/abcd"
  }

  # Restored from a snapshot: encryption follows the snapshot.
  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

# No device declared: the root volume follows the AMI and the account default.
resource "aws_instance" "defaults" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}

resource "aws_instance" "unknown" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = var.encrypt_root
  }
}

# A dynamic block is not known until plan time.
resource "aws_instance" "dynamic_devices" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"

  dynamic "ebs_block_device" {
    for_each = var.devices
    content {
      device_name = ebs_block_device.key
    }
  }
}

variable "devices" {
  type = map(any)
}
