resource "aws_ebs_default_kms_key" "this" {
  key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs"
}

resource "aws_ebs_volume" "data" { # expect: ebs-volume-encrypted-with-cmk
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}
