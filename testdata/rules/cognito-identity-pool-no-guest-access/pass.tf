resource "aws_cognito_identity_pool" "default" {
  identity_pool_name = "members"
}

resource "aws_cognito_identity_pool" "explicit" {
  identity_pool_name               = "staff"
  allow_unauthenticated_identities = false
}

variable "supplied_guest_access" {
  type = bool
}

resource "aws_cognito_identity_pool" "unknown" {
  identity_pool_name               = "unknown"
  allow_unauthenticated_identities = var.supplied_guest_access
}
