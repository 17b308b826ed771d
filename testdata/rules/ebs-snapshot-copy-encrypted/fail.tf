resource "aws_ebs_snapshot_copy" "dr_unset" { # expect: ebs-snapshot-copy-encrypted
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
}

variable "encrypt_copies" {
  type    = bool
  default = false
}

resource "aws_ebs_snapshot_copy" "dr_each" {
  for_each           = toset(["snap-0123456789abcdef0", "snap-0fedcba9876543210"])
  source_snapshot_id = each.value
  source_region      = "eu-west-1"
  encrypted          = var.encrypt_copies # expect: ebs-snapshot-copy-encrypted
}

# A disabled account default does not help.
resource "aws_ebs_encryption_by_default" "off" {
  enabled = false
}
