rule "sagemaker-notebook-no-direct-internet" {
  id       = "NET022"
  title    = "SageMaker notebook instances do not use SageMaker's direct internet access"
  family   = "network"
  severity = "medium"
  resources = ["aws_sagemaker_notebook_instance"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # direct_internet_access defaults to "Enabled": the notebook then reaches the internet
  # through a SageMaker-managed network, outside the VPC's controls, and a notebook without
  # subnet_id always has it. "Disabled" requires subnet_id and security_groups, so traffic
  # goes through the customer's VPC.
  assert   = self.direct_internet_access == "Disabled"
  location = "direct_internet_access"

  message     = "the notebook instance has direct internet access (direct_internet_access is \"Enabled\" or unset)"
  remediation = "Set direct_internet_access = \"Disabled\" with subnet_id and security_groups, and give the VPC a NAT gateway or VPC endpoints for the services the notebook needs."
  why         = <<-EOT
    Notebooks hold data scientists' credentials and copies of training data. With direct
    internet access their traffic leaves through a network the organisation does not
    control, bypassing VPC security groups, flow logs and egress filtering, so data can
    leave without any boundary control seeing it.
  EOT
}
