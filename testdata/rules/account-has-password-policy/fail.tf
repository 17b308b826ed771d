provider "aws" { # expect: account-has-password-policy
  region = "eu-west-1"
}
