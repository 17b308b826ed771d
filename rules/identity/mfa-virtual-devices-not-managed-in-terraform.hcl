rule "mfa-virtual-devices-not-managed-in-terraform" {
  id       = "MFA007"
  title    = "Virtual MFA devices are not created through Terraform"
  family   = "identity"
  severity = "medium"
  resources = ["aws_iam_virtual_mfa_device"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Every virtual MFA device created here is reported: the provider returns the device's
  # seed (base_32_string_seed) and QR code (qr_code_png) as attributes, so they are written
  # to the state. Mapping: MFA is CC6.6 in Steampipe, CC6.1/CC6.2 in ElectricEye.
  assert = false

  message     = "a virtual MFA device is created by this configuration, so its secret seed is stored in the Terraform state"
  remediation = "Let each person register their own MFA device (console or CLI, ideally a phishing-resistant FIDO2 key), granting them iam:CreateVirtualMFADevice and iam:EnableMFADevice on their own user. Remove the resource and have the device re-registered."
  why         = <<-EOT
    An MFA device is a second factor only while its secret exists in one place, the
    person's authenticator. Created by Terraform, the seed and QR code are saved in the
    state file, and anyone who can read the state (CI systems, state buckets, backups) can
    generate valid codes, which reduces MFA to the password alone.
  EOT
}
