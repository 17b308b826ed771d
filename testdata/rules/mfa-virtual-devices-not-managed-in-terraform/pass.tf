variable "create_mfa_devices" {
  type    = bool
  default = false
}

resource "aws_iam_virtual_mfa_device" "optional" {
  count                   = var.create_mfa_devices ? 1 : 0
  virtual_mfa_device_name = "optional"
}
