provider "aws" { # expect: account-has-guardduty
  region = "eu-west-1"
}

resource "aws_guardduty_detector" "off" {
  enable = false
}
