rule "vpc-flow-logs-enabled" {
  id       = "LOG004"
  title    = "VPCs record flow logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_vpc"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # The flow log must refer to this VPC directly in its vpc_id (aws_vpc.main.id).
  assert = length(referrers("aws_flow_log", "vpc_id")) > 0

  message     = "no aws_flow_log records traffic for this VPC"
  remediation = "Add an aws_flow_log with vpc_id = this VPC's id, traffic_type = \"ALL\" (or at least \"REJECT\"), delivering to CloudWatch Logs or S3."
  why         = <<-EOT
    Flow logs are the network record of a VPC: which addresses talked to which, on which
    ports, and whether the traffic was allowed. They are how unusual connections, scanning
    and data leaving the network are detected and later reconstructed.
  EOT
}
