rule "cloudsearch-https-required" {
  id       = "ENC066"
  title    = "CloudSearch domains require HTTPS with TLS 1.2"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_cloudsearch_domain"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # enforce_https defaults to false and tls_security_policy to Policy-Min-TLS-1-0-2019-07, so a
  # domain without endpoint_options accepts plain HTTP.
  assert   = anytrue([
    for o in coalesce(self.endpoint_options, []) :
    o.enforce_https == true && startswith(coalesce(o.tls_security_policy, "Policy-Min-TLS-1-0"), "Policy-Min-TLS-1-2")
  ])
  location = "endpoint_options"

  message     = "the CloudSearch domain accepts HTTP or TLS versions older than 1.2"
  remediation = "Add endpoint_options { enforce_https = true, tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\" }."
  why         = <<-EOT
    Search and document endpoints carry the indexed documents and the queries made against
    them. CloudSearch serves them over plain HTTP and TLS 1.0 unless the domain's endpoint
    options require HTTPS with the TLS 1.2 policy.
  EOT
}
