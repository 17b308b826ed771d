rule "cloudfront-viewer-tls-current" {
  id       = "ENC044"
  title    = "CloudFront distributions with their own certificate refuse TLS below 1.2"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_cloudfront_distribution"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # Judged only when the distribution serves its own certificate (acm_certificate_arn or
  # iam_certificate_id). Its security policy must be TLSv1.2_* or TLSv1.3_*; the provider's
  # default for minimum_protocol_version is "TLSv1", so unset fails.
  # Distributions on the default *.cloudfront.net certificate (cloudfront_default_certificate
  # = true) are not judged: AWS documents that CloudFront then sets the policy to TLSv1
  # whatever minimum_protocol_version says, so no setting of the distribution can raise it;
  # the only remedy is a custom domain with its own certificate, an architectural choice
  # rather than a configuration slip. Viewers with current clients still negotiate TLS 1.2
  # or 1.3 there.
  assert = self.viewer_certificate == null || alltrue([
    for c in self.viewer_certificate :
    !(is_set(c.acm_certificate_arn) || is_set(c.iam_certificate_id)) ||
    can(regex("^TLSv1\\.[23]_", coalesce(c.minimum_protocol_version, "TLSv1")))
  ])
  location = "viewer_certificate.minimum_protocol_version"

  message     = "the distribution's security policy accepts protocols older than TLS 1.2 (minimum_protocol_version is below TLSv1.2 or unset, which means TLSv1)"
  remediation = "Set viewer_certificate.minimum_protocol_version = \"TLSv1.2_2021\" (AWS's recommended policy) or a newer TLSv1.2_/TLSv1.3_ policy."
  why         = <<-EOT
    The security policy decides the oldest protocol CloudFront accepts from viewers. Policies
    below TLSv1.2 accept TLS 1.0 and 1.1 (and SSLv3 for the oldest), which are deprecated
    and allow weaker ciphers. With its own certificate a distribution can require TLS 1.2,
    but the provider's default is TLSv1, so it must be set explicitly.
  EOT
}
