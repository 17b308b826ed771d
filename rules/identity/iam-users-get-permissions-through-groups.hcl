rule "iam-users-get-permissions-through-groups" {
  id       = "IAM003"
  title    = "IAM users receive permissions only through groups"
  family   = "identity"
  severity = "low"
  resources = [
    "aws_iam_user_policy",
    "aws_iam_user_policy_attachment",
    "aws_iam_policy_attachment",
  ]
  criteria = {
    soc2 = ["CC1.3", "CC6.1", "CC6.3"]
    sox  = ["ITGC-AC"]
  }

  # aws_iam_user_policy and aws_iam_user_policy_attachment always name a user;
  # aws_iam_policy_attachment is judged by its users list.
  assert = self.user == null && (self.users == null || length(self.users) == 0)

  message     = "a policy is attached directly to an IAM user"
  remediation = "Attach the policy to an IAM group (aws_iam_group_policy_attachment) and make the user a member of it (aws_iam_user_group_membership), or give the workload a role instead of a user."
  why         = <<-EOT
    When permissions come only from groups, access follows job function: reviewing a group
    reviews everyone in it, and moving a person between teams is a membership change.
    Policies attached to individual users accumulate unnoticed and make periodic access
    reviews slow and error prone.
  EOT
}
