# EBS encryption by default is on for the account: every new volume is encrypted, even one
# declared in a called module without `encrypted`.
resource "aws_ebs_encryption_by_default" "this" {}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
}

module "disks" {
  source = "./disks"
}
