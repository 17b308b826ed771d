variable "guardduty_unset" {
  type = bool
}

resource "aws_guardduty_detector" "default_on" {}

resource "aws_guardduty_detector" "explicit" {
  enable = true
}

resource "aws_guardduty_detector" "unknown" {
  enable = var.guardduty_unset
}
