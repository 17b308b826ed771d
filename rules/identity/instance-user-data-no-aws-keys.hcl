rule "instance-user-data-no-aws-keys" {
  id       = "IAM050"
  title    = "EC2 user data does not contain AWS access keys"
  family   = "identity"
  severity = "critical"
  resources = ["aws_instance", "aws_launch_template", "aws_launch_configuration"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  # User data is read as written (user_data), and base64-decoded when it is encoded
  # (aws_launch_template requires base64; user_data_base64 on instances and launch
  # configurations). It contains a key when it holds an access key id (AKIA or ASIA followed
  # by 16 upper-case letters or digits, standing alone) or an aws_secret_access_key setting
  # followed by a 40-character secret. Other secrets cannot be told apart from ordinary
  # configuration by a pattern and are not judged. User data known only at apply (a
  # templatefile() of unknown values, a reference) is undecided; gzip-compressed user data
  # cannot be read and passes.
  assert = !anytrue([
    for t in [
      for u in [
        try(self.user_data, null),
        try(base64decode(self.user_data), null),
        try(base64decode(self.user_data_base64), null),
      ] : u if u != null
    ] :
    can(regex("(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)", t)) ||
    can(regex("(?i)aws_secret_access_key[\"']?\\s*[=:]\\s*[\"']?[A-Za-z0-9/+]{40}", t))
  ])
  location = "user_data"

  message     = "the user data contains AWS access keys"
  remediation = "Remove the keys from the user data, deactivate and delete them, and give the instance an IAM role through an instance profile (iam_instance_profile); the SDKs and CLI then get temporary credentials from the instance metadata service."
  why         = <<-EOT
    User data is not a secret store: anyone allowed to describe the instance attribute or
    launch template reads it, it is served unauthenticated to every process on the instance,
    and here it is also in version control. Long-lived keys found there work from anywhere
    until someone revokes them, while instance roles hand out credentials that expire by
    themselves.
  EOT
}
