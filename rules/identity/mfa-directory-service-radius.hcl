rule "mfa-directory-service-radius" {
  id       = "MFA008"
  title    = "Managed Microsoft AD and AD Connector directories use RADIUS multi-factor authentication"
  family   = "identity"
  severity = "low"
  preset   = "all"
  resources = ["aws_directory_service_directory"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # AWS Directory Service offers MFA through a RADIUS server for AWS Managed Microsoft AD
  # and AD Connector (not Simple AD, the default type); it then applies to sign-ins to the
  # applications that use the directory (WorkSpaces, the AWS access portal, QuickSight).
  # The directory passes when an aws_directory_service_radius_settings refers to it.
  # Preset all: MFA may instead be enforced by the applications or an identity provider.
  assert = (
    !contains(["MicrosoftAD", "ADConnector"], coalesce(self.type, "SimpleAD")) ||
    length(referrers("aws_directory_service_radius_settings", "directory_id")) > 0
  )
  location = "type"

  message     = "the directory has no RADIUS multi-factor authentication configured"
  remediation = "Add an aws_directory_service_radius_settings resource for the directory, pointing at your RADIUS MFA servers, or enforce MFA in every application that signs users in through it."
  why         = <<-EOT
    Directory credentials sign users in to WorkSpaces and other applications from anywhere.
    Without a second factor, a phished or reused domain password is enough to open a
    desktop inside the network.
  EOT
}
