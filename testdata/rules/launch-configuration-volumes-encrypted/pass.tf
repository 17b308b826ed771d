variable "encrypt" {
  type = bool
}

resource "aws_launch_configuration" "encrypted" {
  name_prefix   = "encrypted-"
  image_id      = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = true
  }

  # Restored from a snapshot: encryption follows the snapshot.
  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

# Nothing declared: the volumes follow the AMI.
resource "aws_launch_configuration" "defaults" {
  name_prefix   = "defaults-"
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
}

# Known only at apply time: undecided.
resource "aws_launch_configuration" "unknown" {
  name_prefix   = "unknown-"
  image_id      = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = var.encrypt
  }
}
