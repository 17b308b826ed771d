# A team's own rule: only the instance types the platform team approved.
rule "instance-type-allowed" {
  id        = "ACME001"
  title     = "EC2 instances use an approved instance type"
  family    = "resilience"
  severity  = "medium"
  resources = ["aws_instance", "aws_launch_template"]
  criteria = {
    soc2 = ["A1.1"]
    sox  = ["ITGC-CO"]
  }

  parameter "allowed_instance_types" {
    default     = ["t3.micro", "t3.small"]
    description = "Instance types capacity planning approved."
  }

  # An instance type from a variable without a value is unknown: not a finding.
  assert   = self.instance_type == null || contains(param.allowed_instance_types, self.instance_type)
  location = "instance_type"

  message     = "the instance type is not on the approved list"
  remediation = "Use one of the approved instance types, or ask the platform team to approve this one."
  why         = "Capacity and cost plans assume the approved types."
}
