rule "iam-access-keys-not-managed-in-terraform" {
  id       = "IAM004"
  title    = "IAM access keys are not created through Terraform"
  family   = "identity"
  severity = "low"
  resources = ["aws_iam_access_key"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  # Advisory: every active key is reported. A key created inactive is not.
  assert = self.status == "Inactive"

  message     = "a long-lived IAM access key is created by this configuration"
  remediation = "Give workloads an IAM role (instance profile, IRSA, OIDC federation) instead of a user with keys. If a key is unavoidable, create it outside Terraform, or at least set pgp_key so that the secret is not stored readable in the state, and rotate it on a schedule."
  why         = <<-EOT
    Access keys are long-lived secrets that work from anywhere until someone deletes them.
    Created by Terraform, the secret is written to the state file, and copies of the state
    become copies of the credential. Temporary credentials from roles expire on their own
    and leave nothing to rotate or leak.
  EOT
}
