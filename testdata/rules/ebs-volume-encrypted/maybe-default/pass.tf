# Whether the account default exists is unknown before apply: the volume is undecided, not
# a finding.
variable "encrypt_by_default" {
  type = bool
}

resource "aws_ebs_encryption_by_default" "this" {
  count = var.encrypt_by_default ? 1 : 0
}

resource "aws_ebs_volume" "maybe" {
  availability_zone = "eu-west-1a"
  size              = 10
}
