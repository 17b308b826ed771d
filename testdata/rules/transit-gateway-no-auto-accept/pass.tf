variable "auto_accept" {
  type = string
}

resource "aws_ec2_transit_gateway" "default" {
  description = "default"
}

resource "aws_ec2_transit_gateway" "explicit" {
  description                    = "explicit"
  auto_accept_shared_attachments = "disable"
}

resource "aws_ec2_transit_gateway" "unknown" {
  description                    = "unknown"
  auto_accept_shared_attachments = var.auto_accept
}
