rule "lambda-environment-encrypted-with-cmk" {
  id       = "ENC035"
  title    = "Lambda functions with environment variables encrypt them with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_lambda_function"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only functions that set environment variables are judged. The variables are always
  # encrypted at rest (aws/lambda by default).
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = self.environment == null || length(self.environment) == 0 || (is_set(self.kms_key_arn) && !(is_known(self.kms_key_arn) && (startswith(self.kms_key_arn, "alias/aws/") || strcontains(self.kms_key_arn, ":alias/aws/")))) || alltrue([
    for e in self.environment : !is_set(e.variables)
  ])
  location = "kms_key_arn"

  message     = "the function's environment variables are encrypted with the AWS managed key, not a customer managed key"
  remediation = "Set kms_key_arn to a customer managed key; better still, keep secrets in Secrets Manager or Parameter Store and pass only their names in the environment."
  why         = <<-EOT
    Lambda always encrypts environment variables at rest, with the AWS managed key aws/lambda
    unless kms_key_arn names another. Anyone allowed to read the function's configuration
    sees them decrypted. A customer managed key makes reading them need a separate key
    permission. Policy-dependent: preset "all".
  EOT
}
