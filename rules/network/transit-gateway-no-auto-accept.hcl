rule "transit-gateway-no-auto-accept" {
  id       = "NET028"
  title    = "Transit gateways do not accept shared attachments automatically"
  family   = "network"
  severity = "medium"
  resources = ["aws_ec2_transit_gateway"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # auto_accept_shared_attachments defaults to "disable".
  assert   = self.auto_accept_shared_attachments != "enable"
  location = "auto_accept_shared_attachments"

  message     = "the transit gateway accepts attachment requests from other accounts automatically"
  remediation = "Set auto_accept_shared_attachments = \"disable\" (the default) and accept each attachment explicitly, for example with aws_ec2_transit_gateway_vpc_attachment_accepter."
  why         = <<-EOT
    A transit gateway joins networks. Accepting shared attachments automatically lets any
    account the gateway is shared with connect a VPC to it without review, which can join
    networks that were meant to stay apart.
  EOT

  fix {
    title = "Set auto_accept_shared_attachments = \"disable\""
    set {
      auto_accept_shared_attachments = "disable"
    }
  }
}
