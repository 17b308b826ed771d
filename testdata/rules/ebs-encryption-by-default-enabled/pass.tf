resource "aws_ebs_encryption_by_default" "implicit" {}

resource "aws_ebs_encryption_by_default" "explicit" {
  enabled = true
}

variable "enable" {
  type = bool
}

resource "aws_ebs_encryption_by_default" "unknown" {
  enabled = var.enable
}
