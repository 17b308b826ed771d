rule "lambda-environment-no-literal-secrets" {
  id       = "IAM031"
  title    = "Lambda environment variables do not hold secrets written in the configuration"
  family   = "identity"
  severity = "high"
  resources = ["aws_lambda_function"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  parameter "secret_name_pattern" {
    default     = "password|passwd|secret|token|credential|api[-_]?key|private[-_]?key|access[-_]?key"
    description = "Regular expression (matched against the lower-cased name) for names that suggest a secret."
  }

  # A variable holds a written secret when its value is known before apply (a literal, a
  # local, a variable default, a committed .tfvars file) and either looks like an AWS access
  # key id (AKIA/ASIA followed by 16 upper-case letters or digits) or its name matches
  # secret_name_pattern. Names that point at a secret rather than hold one are left out:
  # those ending in _ARN, _NAME, _ID, _PATH, _PARAM(ETER), _URL, _URI, _FILE, _REGION,
  # _TTL, _HEADER, _ENABLED, _TYPE ... and values that are references (an ARN, an SSM
  # parameter path starting with "/"), booleans or numbers. Values known only at apply
  # (random_password.x.result, a variable without a value, an ARN attribute) are undecided.
  # Lambda always encrypts environment variables at rest, but any principal with
  # lambda:GetFunctionConfiguration reads them in clear text, and the value is in the code.
  assert = !try(anytrue([
    for k, v in self.environment[0].variables :
    is_known(v) && try(
      can(regex("^(AKIA|ASIA)[A-Z0-9]{16}$", v)) ||
      (
        v != "" &&
        can(regex(param.secret_name_pattern, lower(k))) &&
        !can(regex("_(arn|name|id|ids|path|param|parameter|url|uri|endpoint|file|region|ttl|header|enabled|disabled|type|version|length|expiry|expiration|table|bucket|queue|topic|key_id|kms_key)$", lower(k))) &&
        !startswith(v, "arn:") && !startswith(v, "/") &&
        !can(regex("^(true|false|yes|no|on|off|none|null|[0-9]+)$", lower(v)))
      ),
      false
    )
  ]), false)
  location = "environment.variables"
  detail   = join(", ", try([for k, v in self.environment[0].variables : k if is_known(v) && try(can(regex("^(AKIA|ASIA)[A-Z0-9]{16}$", v)) || (v != "" && can(regex(param.secret_name_pattern, lower(k))) && !can(regex("_(arn|name|id|ids|path|param|parameter|url|uri|endpoint|file|region|ttl|header|enabled|disabled|type|version|length|expiry|expiration|table|bucket|queue|topic|key_id|kms_key)$", lower(k))) && !startswith(v, "arn:") && !startswith(v, "/") && !can(regex("^(true|false|yes|no|on|off|none|null|[0-9]+)$", lower(v)))), false)], []))

  message     = "an environment variable holds a secret written in the configuration"
  remediation = "Keep the secret in Secrets Manager or an SSM SecureString parameter and pass its ARN or name in the environment instead (the function reads it at start, for example through the Parameters and Secrets Lambda extension); rotate the exposed secret."
  why         = <<-EOT
    Environment variables are shown in clear text to anyone allowed to read the function's
    configuration (the console, lambda:GetFunctionConfiguration, many read-only roles), and a
    value written in Terraform code is also in version control, every clone and CI log.
    Secrets kept in a secret store are read by the function alone, each read is logged, and
    they can be rotated without a deployment.
  EOT
}
