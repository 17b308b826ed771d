resource "aws_kms_key" "dr" {
  description         = "DR snapshots"
  enable_key_rotation = true
}

resource "aws_ebs_snapshot_copy" "dr_kms" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = aws_kms_key.dr.arn
}

variable "encrypted" {
  type = bool
}

# Unknown until apply: undecided.
resource "aws_ebs_snapshot_copy" "dr_unknown" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = var.encrypted
}

resource "aws_ebs_snapshot_copy" "none" {
  count              = 0
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
}
