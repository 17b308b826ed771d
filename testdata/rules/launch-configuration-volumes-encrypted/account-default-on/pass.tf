resource "aws_ebs_encryption_by_default" "this" {}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = "ami-12345678"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = false
  }
}
