rule "api-gateway-method-requires-authorization" {
  id       = "IAM026"
  title    = "API Gateway methods require authorization or an API key"
  family   = "identity"
  severity = "low"
  preset   = "all"
  resources = ["aws_api_gateway_method"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # authorization is required by the provider: NONE, AWS_IAM, CUSTOM or COGNITO_USER_POOLS.
  # NONE passes when api_key_required is true (a usage-plan key identifies the caller) and
  # for OPTIONS methods, which answer CORS preflight requests that browsers send without
  # credentials. Preset all: public APIs are legitimate; this lists them for review.
  assert = (
    self.authorization != "NONE" ||
    self.api_key_required == true ||
    upper(self.http_method) == "OPTIONS"
  )
  location = "authorization"

  message     = "the API method accepts requests without authorization or an API key"
  remediation = "Set authorization to AWS_IAM, CUSTOM (a Lambda authorizer) or COGNITO_USER_POOLS, or at least require an API key; if the method is public on purpose, record the exception."
  why         = <<-EOT
    A method with authorization NONE can be called by anyone who finds the URL, and the
    backend behind it is then protected only by its own code. Listing unauthenticated
    methods lets reviewers confirm that each public entry point is intended.
  EOT
}
