rule "dax-cluster-encrypted" {
  id       = "ENC025"
  title    = "DAX clusters encrypt cached data at rest"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_dax_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # DynamoDB encrypts tables by default, but its DAX cache does not: server_side_encryption
  # is off unless enabled, and can only be chosen when the cluster is created.
  assert = self.server_side_encryption != null && anytrue([
    for s in self.server_side_encryption : s.enabled == true
  ])
  location = "server_side_encryption.enabled"

  message     = "the DAX cluster does not enable server-side encryption"
  remediation = "Add server_side_encryption { enabled = true }. It cannot be changed on an existing cluster: create an encrypted cluster and switch clients to it."
  why         = <<-EOT
    DAX keeps copies of DynamoDB items, and its logs and configuration, on the cluster's
    nodes. The table itself is always encrypted, so an unencrypted cache is the weakest copy
    of the same data.
  EOT

  fix {
    title = "Enable server-side encryption"
    set {
      server_side_encryption {
        enabled = true
      }
    }
  }
}
