rule "sagemaker-notebook-root-access-disabled" {
  id       = "IAM036"
  title    = "SageMaker notebook instances do not give users root access"
  family   = "identity"
  severity = "medium"
  resources = ["aws_sagemaker_notebook_instance"]
  criteria = {
    soc2 = ["CC6.1", "CC6.3"]
    sox  = ["ITGC-AC"]
  }

  # root_access defaults to "Enabled" (AWS and the provider). Lifecycle configuration scripts
  # still run as root when it is "Disabled", so installing packages at start does not need it.
  assert   = self.root_access == "Disabled"
  location = "root_access"

  message     = "notebook users have root access on the instance (root_access is Enabled or unset)"
  remediation = "Set root_access = \"Disabled\" and install what the notebook needs in a lifecycle configuration, which keeps root permissions."
  why         = <<-EOT
    With root access a notebook user can change the instance's software, disable its
    controls and read everything on it, including other users' work and cached credentials.
    Least privilege asks that data scientists work as ordinary users, with system changes
    made through reviewed lifecycle configurations.
  EOT

  fix {
    title = "Set root_access = \"Disabled\""
    set {
      root_access = "Disabled"
    }
  }
}
