variable "guardduty_on" {
  type    = bool
  default = false
}

resource "aws_guardduty_detector" "suspended" {
  enable = false # expect: guardduty-detector-not-disabled
}

module "regional" {
  source = "./regional"
  on     = var.guardduty_on
}
