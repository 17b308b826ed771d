rule "cloudfront-origin-tls-current" {
  id       = "ENC046"
  title    = "CloudFront offers custom origins no protocol older than TLS 1.2"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_cloudfront_distribution"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # origin_ssl_protocols (required in custom_origin_config) lists the protocols CloudFront may
  # use with the origin; any of SSLv3, TLSv1 or TLSv1.1 lets the connection fall back to a
  # deprecated protocol. Origins fetched over plain HTTP ("http-only") are left to
  # cloudfront-origin-https, where the protocol list has no effect.
  assert = self.origin == null || alltrue([
    for o in self.origin : alltrue([
      for c in coalesce(o.custom_origin_config, []) :
      lower(c.origin_protocol_policy) == "http-only" ||
      length(setintersection(toset(c.origin_ssl_protocols), ["SSLv3", "TLSv1", "TLSv1.1"])) == 0
    ])
  ])
  location = "origin.custom_origin_config.origin_ssl_protocols"

  message     = "a custom origin may be reached with SSLv3, TLS 1.0 or TLS 1.1 (origin_ssl_protocols)"
  remediation = "Set origin_ssl_protocols = [\"TLSv1.2\"] once the origin supports TLS 1.2."
  why         = <<-EOT
    CloudFront negotiates with the origin using the protocols listed in origin_ssl_protocols.
    Listing SSLv3, TLS 1.0 or TLS 1.1 allows the edge-to-origin connection, typically over
    the internet, to use a deprecated protocol with weak ciphers; AWS recommends the newest
    protocol the origin supports.
  EOT
}
