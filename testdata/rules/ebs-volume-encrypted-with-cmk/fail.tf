resource "aws_ebs_volume" "default_key" { # expect: ebs-volume-encrypted-with-cmk
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

resource "aws_ebs_volume" "aws_alias" {
  for_each          = toset(["a", "b"])
  availability_zone = "eu-west-1${each.key}"
  size              = 50
  encrypted         = true
  kms_key_id        = "alias/aws/ebs" # expect: ebs-volume-encrypted-with-cmk
}
