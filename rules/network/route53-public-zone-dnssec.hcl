rule "route53-public-zone-dnssec" {
  id       = "NET042"
  title    = "Public Route 53 hosted zones sign their records with DNSSEC"
  family   = "network"
  severity = "low"
  preset   = "all"
  resources = ["aws_route53_zone"]
  criteria = {
    soc2 = ["CC6.6", "CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # DNSSEC signing is a separate aws_route53_hosted_zone_dnssec whose hosted_zone_id refers
  # to the zone (after an aws_route53_key_signing_key); signing_status defaults to SIGNING.
  # Private zones (with vpc blocks) cannot be signed and pass. In the "all" preset: signing
  # also needs a DS record in the parent zone and careful key management, and a mistake makes
  # the domain unresolvable for validating resolvers. CC6.7 as well: DNSSEC protects the
  # integrity of the answers clients use to find the system.
  # The usual form names the zone through the key: hosted_zone_id =
  # aws_route53_key_signing_key.k.hosted_zone_id, which referrers() does not follow back to
  # the zone. So a zone also passes when a key-signing key refers to it and the configuration
  # has a signing aws_route53_hosted_zone_dnssec (a key without one signs nothing).
  assert = (
    is_set(self.vpc) ||
    anytrue([
      for d in referrers("aws_route53_hosted_zone_dnssec", "hosted_zone_id") :
      upper(coalesce(d.signing_status, "SIGNING")) == "SIGNING"
    ]) ||
    (
      length(referrers("aws_route53_key_signing_key", "hosted_zone_id")) > 0 &&
      anytrue([
        for d in resources("aws_route53_hosted_zone_dnssec") :
        upper(coalesce(d.signing_status, "SIGNING")) == "SIGNING"
      ])
    )
  )

  message     = "the public hosted zone is not signed with DNSSEC"
  remediation = "Add an aws_route53_key_signing_key (with a KMS key in us-east-1) and an aws_route53_hosted_zone_dnssec for the zone, then publish the DS record in the parent zone."
  why         = <<-EOT
    Without DNSSEC a resolver cannot tell a forged answer from a genuine one, so DNS cache
    poisoning or a hijacked path can send users and services to an attacker's servers.
    Signing the zone lets validating resolvers reject forged records.
  EOT
}
