variable "on" {
  type = bool
}

resource "aws_guardduty_detector" "this" {
  enable = var.on # expect: guardduty-detector-not-disabled
}
