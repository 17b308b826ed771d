rule "msk-encryption-in-transit" {
  id       = "ENC051"
  title    = "MSK clusters accept only TLS from clients and encrypt broker traffic"
  family   = "encryption"
  severity = "high"
  resources = ["aws_msk_cluster"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # client_broker defaults to "TLS" and in_cluster to true, so an absent block passes.
  # "PLAINTEXT" and "TLS_PLAINTEXT" both let clients connect without encryption, and
  # in_cluster = false leaves replication between brokers in clear text.
  # aws_msk_serverless_cluster always uses TLS and is not listed.
  assert = alltrue([
    for i in coalesce(self.encryption_info, []) : alltrue([
      for t in coalesce(i.encryption_in_transit, []) :
      upper(coalesce(t.client_broker, "TLS")) == "TLS" && t.in_cluster != false
    ])
  ])
  location = "encryption_info.encryption_in_transit"

  message     = "the cluster accepts plaintext client connections or does not encrypt traffic between brokers (client_broker is PLAINTEXT/TLS_PLAINTEXT, or in_cluster = false)"
  remediation = "Set encryption_info.encryption_in_transit.client_broker = \"TLS\" and leave in_cluster at true (in_cluster can only be chosen when the cluster is created)."
  why         = <<-EOT
    Kafka messages are the data itself. A plaintext listener lets any client, or anyone on
    the network path, read and inject messages unencrypted, and in_cluster = false sends the
    replication traffic between brokers in clear text. MSK encrypts both by default; these
    settings switch it off.
  EOT
}
