rule "secretsmanager-rotation-interval" {
  id       = "IAM051"
  title    = "Secrets Manager rotation happens at least every 90 days (max_secret_rotation_days)"
  family   = "identity"
  severity = "medium"
  resources = ["aws_secretsmanager_secret_rotation"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  parameter "max_secret_rotation_days" {
    default     = 90
    description = "Longest interval, in days, allowed between automatic rotations of a secret."
  }

  # rotation_rules sets the interval either as automatically_after_days or as a
  # schedule_expression: rate(N days) is compared with the parameter, rate(N hours) always
  # passes, and cron(...) expressions (which run at least yearly and usually far more often)
  # are not judged. Whether a secret has rotation at all is IAM053 (preset all).
  assert = (
    try(self.rotation_rules[0].automatically_after_days == null, true) ||
    try(self.rotation_rules[0].automatically_after_days <= param.max_secret_rotation_days, false)
  ) && try(
    tonumber(regex("^rate\\(([0-9]+) days?\\)$", trimspace(self.rotation_rules[0].schedule_expression))[0]) <= param.max_secret_rotation_days,
    true
  )
  location = "rotation_rules"

  message     = "the secret is rotated less often than the rotation policy asks (max_secret_rotation_days, 90 unless configured)"
  remediation = "Set rotation_rules.automatically_after_days (or a rate(N days) schedule_expression) to max_secret_rotation_days or less."
  why         = <<-EOT
    Rotation limits how long a leaked credential stays useful. An interval longer than the
    organisation's standard leaves database and service passwords valid for most of a year
    after they were copied into a laptop, a log or a ticket; auditors compare the configured
    interval with the written credential management policy.
  EOT
}
