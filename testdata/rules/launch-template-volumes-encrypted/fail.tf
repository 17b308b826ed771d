resource "aws_launch_template" "unencrypted" {
  name = "unencrypted"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = false # expect: launch-template-volumes-encrypted
    }
  }
}

resource "aws_launch_template" "unset" {
  name = "unset"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs { # expect: launch-template-volumes-encrypted
      volume_size = 20
    }
  }
}

# The provider types this attribute as a string: "false" fails too.
resource "aws_launch_template" "string_false" {
  name = "string-false"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted = "false" # expect: launch-template-volumes-encrypted
    }
  }
}
