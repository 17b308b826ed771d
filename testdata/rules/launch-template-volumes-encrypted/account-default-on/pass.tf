# EBS encryption by default (enabled unless it says otherwise) covers volumes launched from
# the template.
resource "aws_ebs_encryption_by_default" "this" {}

resource "aws_launch_template" "workers" {
  name = "workers"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
    }
  }
}
