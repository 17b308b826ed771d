resource "aws_launch_template" "encrypted" {
  name = "encrypted"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = true
    }
  }

  block_device_mappings {
    device_name = "/dev/xvdb"
    ebs {
      encrypted = "true"
    }
  }

  # Instance store: nothing to encrypt here.
  block_device_mappings {
    device_name  = "/dev/xvdc"
    virtual_name = "ephemeral0"
  }
}

# No block device mappings: volumes follow the AMI.
resource "aws_launch_template" "defaults" {
  name          = "defaults"
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "from_snapshot" {
  name = "from-snapshot"

  block_device_mappings {
    device_name = "/dev/xvdf"
    ebs {
      snapshot_id = "snap-0123456789abcdef0"
    }
  }
}
