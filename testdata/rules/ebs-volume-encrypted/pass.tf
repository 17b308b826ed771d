variable "encrypt_input" {
  type = bool
}

resource "aws_ebs_volume" "encrypted" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/abcd"
}

resource "aws_ebs_volume" "unknown" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = var.encrypt_input
}

# Restored from a snapshot: encryption follows the snapshot.
resource "aws_ebs_volume" "from_snapshot" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

resource "aws_ebs_volume" "none" {
  for_each          = toset([])
  availability_zone = "eu-west-1a"
  size              = 10
}
