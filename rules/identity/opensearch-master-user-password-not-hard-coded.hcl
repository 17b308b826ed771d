rule "opensearch-master-user-password-not-hard-coded" {
  id       = "IAM029"
  title    = "OpenSearch master user passwords are not written in the configuration"
  family   = "identity"
  severity = "high"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # With fine-grained access control and the internal user database, the master user is
  # created from advanced_security_options.master_user_options (master_user_name and
  # master_user_password). A value known before apply was written into the configuration: a
  # literal, a local, a variable default or a committed .tfvars file. Values known only at
  # apply (a variable without a value, random_password.x.result) are undecided. A master user
  # given by IAM ARN (master_user_arn) has no password and passes.
  assert = alltrue([
    for a in coalesce(self.advanced_security_options, []) :
    alltrue([
      for m in coalesce(a.master_user_options, []) :
      m.master_user_password == null || m.master_user_password == ""
    ])
  ])
  location = "advanced_security_options.master_user_options.master_user_password"

  message     = "the domain's master user password is written in the configuration"
  remediation = "Name an IAM role as master user (master_user_arn), or generate the password (random_password) and keep it in Secrets Manager; rotate the exposed password."
  why         = <<-EOT
    The master user has every permission in the OpenSearch security plugin: it reads all
    indices and changes every role mapping. A password for it written in Terraform code is
    in version control, every clone and CI log, so anyone who can read the repository can
    administer the cluster and its data.
  EOT
}
