rule "autoscaling-group-uses-load-balancer-health-checks" {
  id       = "RES029"
  title    = "Auto Scaling groups behind a load balancer replace instances the load balancer finds unhealthy"
  family   = "resilience"
  severity = "low"
  resources = ["aws_autoscaling_group"]
  criteria = {
    soc2 = ["A1.1", "A1.2"]
    sox  = ["ITGC-CO"]
  }

  # Judged only for groups that serve a load balancer: target_group_arns or load_balancers
  # (Classic) not empty, a traffic_source block, or an aws_autoscaling_attachment or
  # aws_autoscaling_traffic_source_attachment naming the group. health_check_type defaults to
  # "EC2", which only sees instance status checks; "ELB" (and "VPC_LATTICE" for Lattice
  # target groups) adds the load balancer's health checks. A target group list known only
  # after apply counts as attached; a type known only after apply, or an attachment whose
  # existence is unknown, makes the rule undecided.
  # Recommended, unlike most availability rules: AWS recommends ELB health checks for every
  # group behind a load balancer and they cost nothing; only the group's own configuration
  # changes. Mapping: A1.1 (capacity is kept serving), A1.2; ITGC-CO.
  assert = (
    (
      !is_set(self.target_group_arns) &&
      !is_set(self.load_balancers) &&
      !is_set(self.traffic_source) &&
      length(referrers("aws_autoscaling_attachment", "autoscaling_group_name")) == 0 &&
      length(referrers("aws_autoscaling_traffic_source_attachment", "autoscaling_group_name")) == 0
    ) ||
    contains(["ELB", "VPC_LATTICE"], upper(coalesce(self.health_check_type, "EC2")))
  )
  location = "health_check_type"

  message     = "the group serves a load balancer but keeps instances the load balancer finds unhealthy (health_check_type is EC2 or unset)"
  remediation = "Set health_check_type = \"ELB\" (with a health_check_grace_period long enough for instances to start), so instances failing the target group's health checks are replaced."
  why         = <<-EOT
    With EC2 health checks, an instance whose application has hung or crashed still passes
    its status checks. The load balancer stops sending it traffic, but the group neither
    replaces it nor counts it as missing, so the service runs on reduced capacity until
    someone notices; enough such instances and it is down while the group reports healthy.
  EOT
}
