rule "vpc-peering-routes-least-access" {
  id       = "NET036"
  title    = "Routes to VPC peering connections name the peer's networks, not everything"
  family   = "network"
  severity = "medium"
  resources = ["aws_route", "aws_route_table", "aws_default_route_table"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # A route through a peering connection (vpc_peering_connection_id) whose destination is a
  # prefix of length 0 (0.0.0.0/0, ::/0) sends all otherwise unmatched traffic to the peer
  # VPC. Peering does not carry traffic on to the internet, so such a route only serves to
  # open the whole peer, present and future subnets, instead of the ranges that need it.
  # aws_route and the inline route blocks of route tables are both checked.
  assert = (
    !is_set(try(self.vpc_peering_connection_id, null)) ||
    !(
      endswith(coalesce(try(self.destination_cidr_block, null), "x"), "/0") ||
      endswith(coalesce(try(self.destination_ipv6_cidr_block, null), "x"), "/0")
    )
  ) && !anytrue([
    for r in coalesce(try(self.route, null), []) : (
      is_set(r.vpc_peering_connection_id) &&
      (
        endswith(coalesce(r.cidr_block, "x"), "/0") ||
        endswith(coalesce(r.ipv6_cidr_block, "x"), "/0")
      )
    )
  ])
  location = "vpc_peering_connection_id"

  message     = "a route sends all destinations (0.0.0.0/0 or ::/0) through a VPC peering connection"
  remediation = "Route only the peer VPC's CIDR blocks (or the subnets that need to be reached) through the peering connection."
  why         = <<-EOT
    A peering route should reach exactly the networks that need to talk to each other. A
    default route through the peer widens the trust between the two VPCs to every address
    the peer has or will have, which defeats the segmentation the VPCs were meant to give.
  EOT
}
