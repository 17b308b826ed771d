rule "efs-file-system-encrypted-with-cmk" {
  id       = "ENC073"
  title    = "EFS file systems are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_efs_file_system"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only encrypted file systems are judged (unencrypted ones are ENC008's). Without kms_key_id EFS
  # uses the AWS managed key aws/elasticfilesystem.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = self.encrypted != true || (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/"))))
  location = "kms_key_id"

  message     = "the file system is encrypted with the AWS managed key aws/elasticfilesystem, not a customer managed key"
  remediation = "Set kms_key_id to a customer managed KMS key. It can only be chosen when the file system is created."
  why         = <<-EOT
    EFS encrypts file data and metadata with the AWS managed key aws/elasticfilesystem unless
    kms_key_id names another. A customer managed key lets the account revoke access to the data
    independently of IAM and NFS permissions. Policy-dependent: preset "all".
  EOT
}
