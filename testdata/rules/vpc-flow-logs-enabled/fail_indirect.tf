# for_each over a subset of the VPCs: the one left out has no flow log.
resource "aws_vpc" "subset" { # expect: vpc-flow-logs-enabled
  for_each   = toset(["logged", "forgotten"])
  cidr_block = "10.70.0.0/16"
}

resource "aws_flow_log" "subset" {
  for_each     = { for k, v in aws_vpc.subset : k => v if k == "logged" }
  vpc_id       = each.value.id
  traffic_type = "ALL"
}
