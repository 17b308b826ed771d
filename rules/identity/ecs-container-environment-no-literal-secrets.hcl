rule "ecs-container-environment-no-literal-secrets" {
  id       = "IAM032"
  title    = "ECS container environment variables do not hold secrets written in the configuration"
  family   = "identity"
  severity = "high"
  resources = ["aws_ecs_task_definition"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  parameter "secret_name_pattern" {
    default     = "password|passwd|secret|token|credential|api[-_]?key|private[-_]?key|access[-_]?key"
    description = "Regular expression (matched against the lower-cased name) for names that suggest a secret."
  }

  # container_definitions is a JSON list of containers (jsonencode(...), a heredoc, file() or
  # templatefile()); each container's `environment` is a list of {name, value}. An entry holds
  # a written secret as in IAM031: its value is known before apply and either looks like an
  # AWS access key id or its name matches secret_name_pattern, unless the name ends like a
  # pointer (_ARN, _NAME, _ID, _PATH, _URL ...) or the value is an ARN, an SSM path, a boolean
  # or a number. Entries in `secrets` (valueFrom Secrets Manager or SSM) are the remedy and are
  # not judged. Definitions known only at apply are undecided.
  assert = !try(anytrue([
    for e in flatten([for c in jsondecode(self.container_definitions) : try(c.environment, [])]) :
    try(
      is_known(e.value) && (
        can(regex("^(AKIA|ASIA)[A-Z0-9]{16}$", e.value)) ||
        (
          e.value != "" &&
          can(regex(param.secret_name_pattern, lower(e.name))) &&
          !can(regex("_(arn|name|id|ids|path|param|parameter|url|uri|endpoint|file|region|ttl|header|enabled|disabled|type|version|length|expiry|expiration|table|bucket|queue|topic|key_id|kms_key)$", lower(e.name))) &&
          !startswith(e.value, "arn:") && !startswith(e.value, "/") &&
          !can(regex("^(true|false|yes|no|on|off|none|null|[0-9]+)$", lower(e.value)))
        )
      ),
      false
    )
  ]), false)
  location = "container_definitions"
  detail = join(", ", try([
    for e in flatten([for c in jsondecode(self.container_definitions) : try(c.environment, [])]) :
    e.name if try(
      is_known(e.value) && (
        can(regex("^(AKIA|ASIA)[A-Z0-9]{16}$", e.value)) ||
        (
          e.value != "" &&
          can(regex(param.secret_name_pattern, lower(e.name))) &&
          !can(regex("_(arn|name|id|ids|path|param|parameter|url|uri|endpoint|file|region|ttl|header|enabled|disabled|type|version|length|expiry|expiration|table|bucket|queue|topic|key_id|kms_key)$", lower(e.name))) &&
          !startswith(e.value, "arn:") && !startswith(e.value, "/") &&
          !can(regex("^(true|false|yes|no|on|off|none|null|[0-9]+)$", lower(e.value)))
        )
      ),
      false
    )
  ], []))

  message     = "a container environment variable holds a secret written in the configuration"
  remediation = "Move the value to Secrets Manager or an SSM SecureString parameter and reference it from the container's `secrets` list (name and valueFrom), giving the task execution role permission to read it; rotate the exposed secret."
  why         = <<-EOT
    Plain environment entries are part of the task definition, which anyone allowed to
    describe task definitions reads in clear text, and every revision keeps them. Written in
    Terraform code, the value is also in version control and CI logs. ECS injects secrets
    from Secrets Manager or Parameter Store at container start, so the definition only names
    where the secret lives.
  EOT
}
