rule "cloudfront-origin-https" {
  id       = "ENC045"
  title    = "CloudFront reaches custom origins over HTTPS"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_cloudfront_distribution"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # A custom origin with origin_protocol_policy = "http-only" is fetched in clear text.
  # "https-only" passes, and so does "match-viewer", which uses HTTPS whenever the viewer
  # did (viewer-side HTTP is the business of cloudfront-viewer-https). Origins on S3 website
  # endpoints (*.s3-website*.amazonaws.com) are not judged: those endpoints speak only HTTP,
  # serve only publicly readable content, and the remedy is to use the bucket's REST endpoint
  # with origin access control, which is a different origin rather than a setting. S3 REST
  # origins (s3_origin_config) always use HTTPS.
  assert = self.origin == null || alltrue([
    for o in self.origin : alltrue([
      for c in coalesce(o.custom_origin_config, []) :
      lower(c.origin_protocol_policy) != "http-only" ||
      can(regex("\\.s3-website[.-]", o.domain_name))
    ])
  ])
  location = "origin.custom_origin_config.origin_protocol_policy"

  message     = "a custom origin is fetched over plain HTTP (origin_protocol_policy = \"http-only\")"
  remediation = "Give the origin a certificate and set origin_protocol_policy = \"https-only\" (or \"match-viewer\" when viewers use HTTPS only)."
  why         = <<-EOT
    Encrypting only the viewer side leaves the leg from the CloudFront edge to the origin,
    usually across the public internet, in clear text: responses, forwarded cookies and
    authorisation headers can be read or altered there. HTTPS to the origin keeps the whole
    path encrypted.
  EOT
}
