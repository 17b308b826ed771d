rule "lambda-function-url-requires-auth" {
  id       = "IAM019"
  title    = "Lambda function URLs require IAM authentication"
  family   = "identity"
  severity = "medium"
  resources = ["aws_lambda_function_url"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # authorization_type is required by the provider: "AWS_IAM" or "NONE". NONE makes the URL
  # a public HTTPS endpoint (the function's own code is then the only access control).
  assert   = self.authorization_type != "NONE"
  location = "authorization_type"

  message     = "the function URL accepts unauthenticated requests (authorization_type = \"NONE\")"
  remediation = "Set authorization_type = \"AWS_IAM\" and sign requests with SigV4, or put the function behind API Gateway or CloudFront with an authorizer. If the endpoint must be public (a webhook), check a shared secret or signature in the function and record the exception."
  why         = <<-EOT
    A function URL with no authorization is reachable by anyone on the internet, with no
    throttling, WAF or authorizer in front of it. Whatever the function can do with its
    role, any caller can make it do. Public entry points should be deliberate, reviewed
    exceptions with their own authentication.
  EOT
}
