rule "api-gateway-domain-tls-current" {
  id       = "ENC047"
  title    = "API Gateway custom domains refuse TLS 1.0"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_api_gateway_domain_name"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # REST API custom domains take TLS_1_0 (accepting TLS 1.0 and up) or TLS_1_2; the enhanced
  # policies named SecurityPolicy_* all start at TLS 1.2. An unset security_policy is not
  # shown to be TLS 1.2 (the AWS Config rule apigateway-domain-name-tls-check treats TLS_1_0
  # as the weak value, and API Gateway's own default endpoints use TLS 1.0), so it fails,
  # except for PRIVATE custom domains, which support only TLS 1.2.
  # aws_apigatewayv2_domain_name is not judged: its security_policy is required and accepts
  # only TLS_1_2.
  assert = (
    contains(["PRIVATE"], upper(try(self.endpoint_configuration[0].types[0], "EDGE"))) && self.security_policy == null
  ) || can(regex("^(TLS_1_2|SecurityPolicy_)", self.security_policy))
  location = "security_policy"

  message     = "the custom domain accepts TLS 1.0 (security_policy is TLS_1_0 or unset)"
  remediation = "Set security_policy = \"TLS_1_2\" (or an enhanced SecurityPolicy_TLS13_* policy)."
  why         = <<-EOT
    The security policy fixes the oldest TLS version the custom domain negotiates with API
    clients. TLS_1_0 also accepts TLS 1.0 and 1.1, deprecated protocols with weaker
    ciphers; TLS_1_2 rejects them. Because an unset policy does not guarantee TLS 1.2, the
    policy should be set explicitly.
  EOT
}
