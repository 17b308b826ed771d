resource "aws_kms_key" "rotated" {
  description         = "data"
  enable_key_rotation = true
}

# Rotation is not available for these kinds of key.
resource "aws_kms_key" "signing" {
  description              = "signing"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "hmac" {
  description              = "hmac"
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}

resource "aws_kms_key" "cloudhsm" {
  description         = "cloudhsm"
  custom_key_store_id = "cks-1234567890abcdef0"
}
