rule "memorydb-cluster-tls-enabled" {
  id       = "ENC064"
  title    = "MemoryDB clusters require TLS"
  family   = "encryption"
  severity = "high"
  resources = ["aws_memorydb_cluster"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # tls_enabled defaults to true; only an explicit false fails (which also forces the
  # open-access ACL). Data at rest is always encrypted in MemoryDB, so there is no at-rest rule.
  assert   = self.tls_enabled != false
  location = "tls_enabled"

  message     = "the MemoryDB cluster switches TLS off"
  remediation = "Remove tls_enabled = false (TLS is the default) and give the cluster an ACL with users instead of open-access. The setting cannot be changed in place."
  why         = <<-EOT
    MemoryDB is a primary database, not only a cache. With TLS off, every command and reply,
    and replication between primary and replica nodes, is plaintext on the network, and the
    cluster can only use the open-access ACL, with no authentication.
  EOT

  fix {
    title = "Set tls_enabled = true"
    set {
      tls_enabled = true
    }
  }
}
