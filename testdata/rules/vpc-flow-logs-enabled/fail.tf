resource "aws_vpc" "unlogged" { # expect: vpc-flow-logs-enabled
  cidr_block = "10.0.0.0/16"
}

variable "enable_flow_log" {
  default = false
}

# The flow log exists in the code but is switched off.
resource "aws_vpc" "switched_off" { # expect: vpc-flow-logs-enabled
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "switched_off" {
  count        = var.enable_flow_log ? 1 : 0
  vpc_id       = aws_vpc.switched_off.id
  traffic_type = "ALL"
}

# A flow log on a subnet does not cover the whole VPC.
resource "aws_vpc" "subnet_only" { # expect: vpc-flow-logs-enabled
  cidr_block = "10.2.0.0/16"
}

resource "aws_flow_log" "subnet_only" {
  subnet_id    = aws_subnet.subnet_only.id
  traffic_type = "ALL"
}

resource "aws_subnet" "subnet_only" {
  vpc_id     = aws_vpc.subnet_only.id
  cidr_block = "10.2.1.0/24"
}
