variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_ami_copy" "this" {
  name              = "module-copy"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = var.encrypted # expect: ami-copy-encrypted
}
