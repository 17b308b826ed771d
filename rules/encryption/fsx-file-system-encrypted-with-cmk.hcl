rule "fsx-file-system-encrypted-with-cmk" {
  id       = "ENC037"
  title    = "FSx file systems encrypt data with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_fsx_windows_file_system", "aws_fsx_ontap_file_system", "aws_fsx_openzfs_file_system", "aws_fsx_lustre_file_system"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Always encrypted at rest. Lustre scratch file systems accept no key (they use FSx-managed
  # keys) and are not judged.
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/")))) || (
    self.deployment_type != null && startswith(upper(self.deployment_type), "SCRATCH")
  )
  location = "kms_key_id"

  message     = "the file system is encrypted with the AWS managed key aws/fsx, not a customer managed key"
  remediation = "Set kms_key_id to a customer managed key. It can only be set when the file system is created."
  why         = <<-EOT
    Amazon FSx encrypts every file system at rest, with the AWS managed key aws/fsx unless
    kms_key_id names another. A customer managed key lets the key policy, audited in
    CloudTrail, gate access to the file data and backups. Policy-dependent: preset "all".
  EOT
}
