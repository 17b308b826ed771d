rule "ecr-repository-encrypted-with-kms" {
  id       = "ENC030"
  title    = "ECR repositories encrypt images with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_ecr_repository"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Always encrypted at rest (AES256 by default); this asks for KMS with a named key.
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = self.encryption_configuration != null && anytrue([
    for e in self.encryption_configuration :
    contains(["KMS", "KMS_DSSE"], upper(coalesce(e.encryption_type, "AES256"))) && (is_set(e.kms_key) && !(is_known(e.kms_key) && (startswith(e.kms_key, "alias/aws/") || strcontains(e.kms_key, ":alias/aws/"))))
  ])
  location = "encryption_configuration"

  message     = "the repository does not encrypt images with a customer managed KMS key"
  remediation = "Add encryption_configuration { encryption_type = \"KMS\", kms_key = <customer managed key ARN> }. It can only be set when the repository is created."
  why         = <<-EOT
    ECR always encrypts image layers at rest, with S3-managed keys (AES256) by default, or
    the AWS managed key aws/ecr with encryption_type KMS and no key. A customer managed key
    adds a separately controlled and audited permission on pulling image layers, which
    matters when images embed proprietary code or configuration. Policy-dependent: preset
    "all".
  EOT
}
