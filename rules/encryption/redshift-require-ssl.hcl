rule "redshift-require-ssl" {
  id       = "ENC052"
  title    = "Redshift parameter groups require SSL connections"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_redshift_parameter_group"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # Redshift documents that cluster databases accept connections with or without SSL unless
  # require_ssl is true in the cluster's parameter group, so a custom group must set it.
  # Clusters left on the default parameter group are not judged here: that group cannot be
  # edited from Terraform.
  assert = anytrue([
    for p in coalesce(self.parameter, []) :
    lower(p.name) == "require_ssl" && lower(tostring(p.value)) == "true"
  ])
  location = "parameter"

  message     = "the parameter group does not set require_ssl = true, so clusters using it accept unencrypted connections"
  remediation = "Add parameter { name = \"require_ssl\", value = \"true\" } to the parameter group (and use_fips_ssl where FIPS mode is required), then reboot the clusters that use it."
  why         = <<-EOT
    Redshift clusters hold the reporting data an audit cares about most. Unless the parameter
    group requires SSL, a client may connect without encryption and send credentials, queries
    and result sets in clear text; require_ssl makes the cluster refuse such connections.
  EOT
}
