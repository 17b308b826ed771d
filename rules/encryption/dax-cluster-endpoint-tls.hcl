rule "dax-cluster-endpoint-tls" {
  id       = "ENC063"
  title    = "DAX clusters accept only TLS connections on their endpoint"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_dax_cluster"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # cluster_endpoint_encryption_type defaults to NONE and can only be chosen when the cluster is
  # created.
  assert   = upper(coalesce(self.cluster_endpoint_encryption_type, "NONE")) == "TLS"
  location = "cluster_endpoint_encryption_type"

  message     = "the DAX cluster endpoint does not use TLS (cluster_endpoint_encryption_type is NONE or unset)"
  remediation = "Set cluster_endpoint_encryption_type = \"TLS\". It cannot be changed in place: create a TLS cluster and move clients to its endpoint."
  why         = <<-EOT
    Applications read and write DynamoDB items through the DAX endpoint. Without TLS, those
    items, which DynamoDB itself only serves over HTTPS, cross the VPC in clear between the
    application and the cache. DAX defaults to an unencrypted endpoint.
  EOT
}
