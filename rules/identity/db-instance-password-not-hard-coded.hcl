rule "db-instance-password-not-hard-coded" {
  id       = "IAM020"
  title    = "Database and directory administrator passwords are not written in the configuration"
  family   = "identity"
  severity = "high"
  resources = ["aws_db_instance", "aws_directory_service_directory"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # A value known before apply was written into the configuration: a literal, a local, a
  # variable default or a committed .tfvars file. Values known only at apply (a variable
  # without a value, random_password.x.result, a Secrets Manager data source) are undecided,
  # not findings. A value supplied through TF_VAR_ or -var when tfcomply runs is known too and
  # is reported; scan without those inputs.
  assert   = self.password == null || self.password == ""
  location = "password"

  message     = "the administrator password is written in the configuration"
  remediation = "Let RDS manage the password in Secrets Manager (manage_master_user_password = true), or pass it from a secret store at apply time (a variable without default marked sensitive, an ephemeral or write-only argument such as password_wo, or random_password)."
  why         = <<-EOT
    A password written in Terraform code is in version control, in every clone and fork,
    in CI logs and in the plan files, and it is rarely rotated because changing it means a
    code change. Anyone who can read the repository can sign in to the database as its
    administrator, and their actions cannot be told apart from the real owner's.
  EOT
}
