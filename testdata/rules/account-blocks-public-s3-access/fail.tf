provider "aws" { # expect: account-blocks-public-s3-access
  region = "eu-west-1"
}
