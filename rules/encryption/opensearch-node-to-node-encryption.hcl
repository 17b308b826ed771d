rule "opensearch-node-to-node-encryption" {
  id       = "ENC049"
  title    = "OpenSearch domains encrypt traffic between their nodes"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # node_to_node_encryption.enabled defaults to false; it is also a prerequisite of
  # fine-grained access control.
  assert   = try(tobool(self.node_to_node_encryption[0].enabled), null) == true
  location = "node_to_node_encryption.enabled"

  message     = "traffic between the domain's nodes is not encrypted (node_to_node_encryption is off or unset)"
  remediation = "Add node_to_node_encryption { enabled = true }."
  why         = <<-EOT
    Search and indexing requests are passed between the nodes of a domain inside the VPC.
    Without node-to-node encryption that traffic, which carries the indexed documents, is in
    clear text; OpenSearch Service leaves it off unless asked.
  EOT
}
