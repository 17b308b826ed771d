rule "cloudfront-viewer-https" {
  id       = "ENC042"
  title    = "CloudFront default cache behaviours serve viewers over HTTPS only"
  family   = "encryption"
  severity = "high"
  resources = ["aws_cloudfront_distribution"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # viewer_protocol_policy is required: "redirect-to-https" and "https-only" pass, "allow-all"
  # serves the same objects over plain HTTP. Ordered cache behaviours are judged by
  # cloudfront-ordered-behaviour-viewer-https, so each finding points at its own behaviour.
  assert = self.default_cache_behavior == null || alltrue([
    for b in self.default_cache_behavior : lower(b.viewer_protocol_policy) != "allow-all"
  ])
  location = "default_cache_behavior.viewer_protocol_policy"

  message     = "the default cache behaviour lets viewers use plain HTTP (viewer_protocol_policy = \"allow-all\")"
  remediation = "Set viewer_protocol_policy = \"redirect-to-https\" (or \"https-only\") in default_cache_behavior."
  why         = <<-EOT
    With allow-all, CloudFront answers plain HTTP requests, so pages, cookies and tokens can
    be read or altered between the viewer and the edge. Redirecting to HTTPS (or refusing
    HTTP) keeps every viewer connection encrypted.
  EOT
}
