provider "aws" { # expect: account-records-configuration
  region = "eu-west-1"
}
