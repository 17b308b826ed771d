provider "aws" { # expect: account-has-multi-region-trail
  region = "eu-west-1"
}
