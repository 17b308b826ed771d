rule "docdb-tls-enabled" {
  id       = "ENC056"
  title    = "DocumentDB cluster parameter groups keep TLS required"
  family   = "encryption"
  severity = "high"
  resources = ["aws_docdb_cluster_parameter_group"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # The cluster parameter "tls" defaults to "enabled", which makes clusters refuse clients
  # without TLS; "tls1.2+", "tls1.3+" and "fips-140-3" are stricter. Only "disabled" lets
  # clients connect in clear text, so an unset parameter passes.
  assert = !anytrue([
    for p in coalesce(self.parameter, []) :
    lower(p.name) == "tls" && lower(tostring(p.value)) == "disabled"
  ])
  location = "parameter"

  message     = "the parameter group turns TLS off (tls = \"disabled\"), so clusters using it accept unencrypted connections"
  remediation = "Remove the tls parameter or set it to \"enabled\" (or \"tls1.2+\"), then reboot the clusters that use the group."
  why         = <<-EOT
    Amazon DocumentDB requires TLS for client connections by default. A parameter group
    with tls = "disabled" removes that requirement for every cluster using it, so
    credentials and documents can travel between applications and the cluster in clear
    text.
  EOT
}
