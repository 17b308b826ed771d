rule "opensearch-https-required" {
  id       = "ENC050"
  title    = "OpenSearch domain endpoints require HTTPS with TLS 1.2 or later"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # enforce_https must not be false (the provider defaults it to true inside the block), and
  # tls_security_policy must be one of the Policy-Min-TLS-1-2-* policies. Left unset, the
  # service applies Policy-Min-TLS-1-0-2019-07, which accepts TLS 1.0, so a missing policy
  # (or a missing domain_endpoint_options block) fails.
  assert = self.domain_endpoint_options != null && alltrue([
    for o in self.domain_endpoint_options :
    o.enforce_https != false &&
    can(regex("^Policy-Min-TLS-1-[23]-", o.tls_security_policy))
  ]) && length(self.domain_endpoint_options) > 0
  location = "domain_endpoint_options"

  message     = "the domain endpoint accepts plain HTTP or TLS 1.0/1.1 (enforce_https is false, or tls_security_policy is not a Policy-Min-TLS-1-2 policy)"
  remediation = "Add domain_endpoint_options { enforce_https = true, tls_security_policy = \"Policy-Min-TLS-1-2-PFS-2023-10\" } (or Policy-Min-TLS-1-2-2019-07)."
  why         = <<-EOT
    The domain endpoint receives the documents clients index and the results they read.
    Without enforce_https it also answers plain HTTP, and the default TLS policy still
    accepts TLS 1.0 and 1.1; requiring HTTPS with a TLS 1.2 minimum keeps that traffic
    protected.
  EOT
}
