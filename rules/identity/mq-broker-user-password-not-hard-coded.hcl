rule "mq-broker-user-password-not-hard-coded" {
  id       = "IAM028"
  title    = "Amazon MQ broker user passwords are not written in the configuration"
  family   = "identity"
  severity = "high"
  resources = ["aws_mq_broker"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # The provider requires a password in each `user` block (ActiveMQ and RabbitMQ). The LDAP
  # service account password (ldap_server_metadata) is not judged here, so that every
  # finding points at the user block it is about. A value known before apply was written
  # into the configuration: a literal, a local, a variable default or a committed .tfvars
  # file. Values known only at apply (a variable without a value, random_password.x.result, a
  # Secrets Manager data source) are undecided, not findings. A value supplied through TF_VAR_
  # or -var when tfcomply runs is known too and is reported; scan without those inputs.
  assert   = alltrue([for u in coalesce(self.user, []) : u.password == null || u.password == ""])
  location = "user.password"

  message     = "a broker user's password is written in the configuration"
  remediation = "Generate the password (random_password) and store it in Secrets Manager, or pass it at apply time through a sensitive variable without a default; rotate the exposed password."
  why         = <<-EOT
    Broker users publish and consume the messages that flow between systems. A password
    written in Terraform code is in version control, every clone and CI log, and is rarely
    rotated because changing it means a code change; whoever reads the repository can read
    and inject messages as that user.
  EOT
}
