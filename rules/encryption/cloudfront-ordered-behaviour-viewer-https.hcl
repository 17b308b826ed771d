rule "cloudfront-ordered-behaviour-viewer-https" {
  id       = "ENC043"
  title    = "CloudFront ordered cache behaviours serve viewers over HTTPS only"
  family   = "encryption"
  severity = "high"
  resources = ["aws_cloudfront_distribution"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # The companion of cloudfront-viewer-https for path-pattern behaviours: one behaviour with
  # "allow-all" (an /api/* or /static/* path, say) opens plain HTTP for those paths even when
  # the default behaviour redirects. The finding points at the first such behaviour.
  assert = self.ordered_cache_behavior == null || alltrue([
    for b in self.ordered_cache_behavior : lower(b.viewer_protocol_policy) != "allow-all"
  ])
  location = "ordered_cache_behavior.viewer_protocol_policy"

  message     = "an ordered cache behaviour lets viewers use plain HTTP (viewer_protocol_policy = \"allow-all\")"
  remediation = "Set viewer_protocol_policy = \"redirect-to-https\" (or \"https-only\") in every ordered_cache_behavior."
  why         = <<-EOT
    A path-pattern behaviour with allow-all serves its paths over plain HTTP whatever the
    default behaviour does, so requests and responses for those paths, with any cookies or
    tokens, cross the network unencrypted.
  EOT
}
