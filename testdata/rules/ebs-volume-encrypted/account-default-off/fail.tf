# The account default is declared but switched off: it encrypts nothing.
resource "aws_ebs_encryption_by_default" "off" {
  enabled = false
}

resource "aws_ebs_volume" "scratch" { # expect: ebs-volume-encrypted
  availability_zone = "eu-west-1a"
  size              = 40
}
