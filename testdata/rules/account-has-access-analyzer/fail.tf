provider "aws" { # expect: account-has-access-analyzer
  region = "eu-west-1"
}
