resource "aws_cognito_identity_pool" "guests" {
  identity_pool_name               = "storefront"
  allow_unauthenticated_identities = true # expect: cognito-identity-pool-no-guest-access
}

variable "guest_access" {
  type    = bool
  default = true
}

resource "aws_cognito_identity_pool" "variable_default" {
  for_each                         = toset(["web", "mobile"])
  identity_pool_name               = "app_${each.key}"
  allow_unauthenticated_identities = var.guest_access # expect: cognito-identity-pool-no-guest-access
}
