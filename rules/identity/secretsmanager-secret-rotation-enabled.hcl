rule "secretsmanager-secret-rotation-enabled" {
  id       = "IAM053"
  title    = "Secrets Manager secrets have automatic rotation"
  family   = "identity"
  severity = "low"
  preset   = "all"
  resources = ["aws_secretsmanager_secret"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  # A secret passes when an aws_secretsmanager_secret_rotation in the configuration refers to
  # it (secret_id), directly, through locals or a module input. Replicas in other regions
  # (the replica blocks) follow the primary's rotation. Secrets the owning service rotates (RDS
  # manage_master_user_password, Redshift manage_admin_password) are not
  # aws_secretsmanager_secret resources here and are not judged. Preset all: API keys issued
  # by third parties often cannot be rotated by a Lambda function, which is a documented
  # exception rather than a fault.
  assert   = length(referrers("aws_secretsmanager_secret_rotation", "secret_id")) > 0
  location = "name"

  message     = "the secret has no automatic rotation configured"
  remediation = "Add an aws_secretsmanager_secret_rotation with a rotation Lambda function (AWS provides templates for RDS, Redshift, DocumentDB and other databases) and rotation_rules, or record why this secret cannot rotate."
  why         = <<-EOT
    A secret that never changes stays valid in every place it has leaked to: old laptops,
    logs, former staff's notes. Automatic rotation makes the exposure of a copy short-lived
    and proves, with Secrets Manager's rotation history, that the credential policy is
    followed.
  EOT
}
