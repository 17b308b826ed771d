resource "aws_cognito_user_pool" "defaults" { # expect: mfa-cognito-user-pool-mfa-required
  name = "customers"
}

resource "aws_cognito_user_pool" "optional" {
  name              = "admins"
  mfa_configuration = "OPTIONAL" # expect: mfa-cognito-user-pool-mfa-required
  software_token_mfa_configuration {
    enabled = true
  }
}

locals {
  pools = { staff = "OFF" }
}

resource "aws_cognito_user_pool" "from_map" {
  for_each          = local.pools
  name              = each.key
  mfa_configuration = each.value # expect: mfa-cognito-user-pool-mfa-required
}
