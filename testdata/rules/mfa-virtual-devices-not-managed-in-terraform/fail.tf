resource "aws_iam_virtual_mfa_device" "alice" { # expect: mfa-virtual-devices-not-managed-in-terraform
  virtual_mfa_device_name = "alice"
}

resource "aws_iam_virtual_mfa_device" "team" { # expect: mfa-virtual-devices-not-managed-in-terraform
  for_each                = toset(["bob", "carol"])
  virtual_mfa_device_name = each.key
  path                    = "/people/"
}
