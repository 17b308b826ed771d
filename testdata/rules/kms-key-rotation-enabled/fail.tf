resource "aws_kms_key" "unset" { # expect: kms-key-rotation-enabled
  description = "data"
}

resource "aws_kms_key" "off" {
  description              = "explicit symmetric key"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = false # expect: kms-key-rotation-enabled
}
