rule "lambda-function-in-vpc" {
  id       = "NET038"
  title    = "Lambda functions run attached to a VPC"
  family   = "network"
  severity = "low"
  preset   = "all"
  resources = ["aws_lambda_function"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Without vpc_config (subnet_ids and security_group_ids) a function runs in a Lambda-managed
  # network with unrestricted outbound internet access, outside the organisation's security
  # groups, flow logs and egress controls. Many functions need nothing more (they only call
  # AWS APIs), so this is in the "all" preset and low: it fits organisations whose policy
  # routes all workload traffic through their own VPCs.
  assert   = anytrue([for v in coalesce(self.vpc_config, []) : is_set(v.subnet_ids)])
  location = "vpc_config"

  message     = "the function runs outside any VPC (no vpc_config with subnet_ids)"
  remediation = "Add vpc_config { subnet_ids = [...], security_group_ids = [...] } with private subnets, and VPC endpoints or a NAT gateway for the services it calls."
  why         = <<-EOT
    A function outside a VPC can reach any address on the internet, and its traffic appears
    in no flow log and passes no egress filter. Attaching it to private subnets puts its
    network access under the same security groups and monitoring as other workloads.
  EOT
}
