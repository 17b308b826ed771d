rule "msk-cluster-not-public" {
  id       = "NET032"
  title    = "MSK clusters do not give brokers public IP addresses"
  family   = "network"
  severity = "high"
  resources = ["aws_msk_cluster"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # broker_node_group_info.connectivity_info.public_access.type defaults to "DISABLED";
  # "SERVICE_PROVIDED_EIPS" gives every broker an Elastic IP reachable from the internet
  # (subject to its security groups and client authentication).
  assert = alltrue([
    for b in coalesce(self.broker_node_group_info, []) : alltrue([
      for c in coalesce(b.connectivity_info, []) : alltrue([
        for p in coalesce(c.public_access, []) : upper(coalesce(p.type, "DISABLED")) == "DISABLED"
      ])
    ])
  ])
  location = "broker_node_group_info.connectivity_info.public_access.type"

  message     = "the cluster's brokers have public IP addresses (public_access.type is \"SERVICE_PROVIDED_EIPS\")"
  remediation = "Set public_access { type = \"DISABLED\" } and reach the cluster through the VPC, VPC peering, Transit Gateway or MSK multi-VPC private connectivity."
  why         = <<-EOT
    Public brokers put the streaming platform, and every message it carries, one misconfigured
    security group or leaked credential away from the internet. Keeping brokers private
    confines client access to known networks.
  EOT
}
