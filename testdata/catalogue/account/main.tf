provider "aws" {
  region = "eu-west-1"
}

resource "aws_guardduty_detector" "main" {
  enable = true
}
