rule "autoscaling-group-spans-availability-zones" {
  id       = "RES017"
  title    = "Auto Scaling groups launch instances in more than one availability zone"
  family   = "resilience"
  severity = "low"
  resources = ["aws_autoscaling_group"]
  criteria = {
    soc2 = ["A1.1", "A1.2", "CC9.1"]
    sox  = ["ITGC-CO"]
  }

  # A group is placed through vpc_zone_identifier (subnets) or availability_zones; one entry
  # means one zone. Two subnets may still share a zone, which only their own configuration
  # shows, so two or more entries pass. A list whose length is known only after apply (subnets
  # from a module output) is undecided; a group setting neither (a launch template network
  # interface or a mixed instances policy decides) is not judged.
  # Recommended, unlike RDS Multi-AZ: spreading a group over zones costs nothing extra.
  # Mapping: A1.1 (capacity is maintained), A1.2 (alternate processing), CC9.1; ITGC-CO.
  assert = (
    (self.vpc_zone_identifier == null && self.availability_zones == null) ||
    length(coalesce(self.vpc_zone_identifier, self.availability_zones, [])) >= 2
  )
  location = "vpc_zone_identifier"

  message     = "the Auto Scaling group can launch instances in only one availability zone"
  remediation = "Give vpc_zone_identifier subnets in at least two availability zones (or list two or more availability_zones), so the group replaces capacity elsewhere when a zone fails."
  why         = <<-EOT
    An Auto Scaling group rebalances and replaces instances only within the zones it may
    use. Confined to one zone, the whole group goes down with that zone and cannot launch
    replacements until it recovers.
  EOT
}
