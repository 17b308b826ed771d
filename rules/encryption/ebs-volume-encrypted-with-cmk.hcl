rule "ebs-volume-encrypted-with-cmk" {
  id       = "ENC069"
  title    = "EBS volumes are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_ebs_volume"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # A volume restored from a snapshot keeps the snapshot's key unless one is named, and is not
  # judged. Without kms_key_id EBS uses the account's default EBS key: aws/ebs unless an
  # aws_ebs_default_kms_key in the configuration names a customer managed key, which counts.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = is_set(self.snapshot_id) || (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/")))) || anytrue([
    for k in resources("aws_ebs_default_kms_key") : (is_set(k.key_arn) && !(is_known(k.key_arn) && (startswith(k.key_arn, "alias/aws/") || strcontains(k.key_arn, ":alias/aws/"))))
  ])
  location = "kms_key_id"

  message     = "the volume does not name a customer managed KMS key, and no aws_ebs_default_kms_key sets one for the account"
  remediation = "Set kms_key_id (with encrypted = true) to a customer managed KMS key, or set the account's default EBS key with aws_ebs_default_kms_key."
  why         = <<-EOT
    EBS encrypts volumes with the AWS managed key aws/ebs unless the volume or the account's
    default EBS key names another. Snapshots encrypted with aws/ebs cannot be shared with another
    account, and anyone allowed to attach the volume can read it. A customer managed key adds a
    key policy the account controls. Policy-dependent: preset "all".
  EOT
}
