locals {
  encrypt_images = true
}

resource "aws_ami_copy" "golden" {
  name              = "golden-copy"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = local.encrypt_images
  kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
