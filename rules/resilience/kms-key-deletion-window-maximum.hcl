rule "kms-key-deletion-window-maximum" {
  id       = "RES022"
  title    = "KMS keys wait the longest period before deletion"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_kms_key", "aws_kms_replica_key"]
  criteria = {
    soc2 = ["A1.2", "C1.1"]
    sox  = ["ITGC-CO"]
  }

  parameter "min_kms_deletion_window_days" {
    default     = 30
    description = "Fewest days a KMS key stays pending deletion before it is destroyed (7 to 30)."
  }

  # deletion_window_in_days defaults to 30, the maximum; 7 is the minimum. Scheduling a
  # deletion can be cancelled only during the window, and once a key is deleted every piece
  # of data encrypted under it is unrecoverable. Preset "all": a shorter window is common and
  # harmless in test environments. Mapping: A1.2 (recovery) and C1.1 (protects confidential
  # information from destruction); ITGC-CO.
  assert   = coalesce(self.deletion_window_in_days, 30) >= param.min_kms_deletion_window_days
  location = "deletion_window_in_days"

  message     = "the key's deletion window is shorter than min_kms_deletion_window_days (30 unless configured)"
  remediation = "Leave deletion_window_in_days unset (30 days) or set it to at least min_kms_deletion_window_days, and alarm on ScheduleKeyDeletion events."
  why         = <<-EOT
    Deleting a KMS key destroys the only means of decrypting everything encrypted under it:
    databases, snapshots, backups. The waiting period is the time left to notice a mistaken
    or malicious deletion and cancel it; a week may pass unnoticed, a month rarely does.
  EOT
}
