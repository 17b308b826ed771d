variable "volume_encryption" {
  default = false
}

resource "aws_ebs_volume" "unset" { # expect: ebs-volume-encrypted
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_volume" "off" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = var.volume_encryption # expect: ebs-volume-encrypted
}

resource "aws_ebs_volume" "data" {
  count             = 2
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = count.index == 0 # expect: ebs-volume-encrypted
}
