resource "aws_ami_copy" "golden_unset" { # expect: ami-copy-encrypted
  name              = "golden-copy"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
}

resource "aws_ami_copy" "golden_false" {
  name              = "golden-copy-false"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = false # expect: ami-copy-encrypted
}
