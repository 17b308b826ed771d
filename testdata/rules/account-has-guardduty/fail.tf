provider "aws" { # expect: account-has-guardduty
  region = "eu-west-1"
}
