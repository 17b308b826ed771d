rule "alb-drops-invalid-header-fields" {
  id       = "NET034"
  title    = "Application Load Balancers drop invalid HTTP header fields"
  family   = "network"
  severity = "medium"
  resources = ["aws_lb", "aws_alb"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # drop_invalid_header_fields defaults to false: the load balancer passes headers whose
  # names do not match [-A-Za-z0-9]+ on to the targets, which request-smuggling and
  # header-injection attacks exploit. Only application load balancers have the setting
  # (load_balancer_type defaults to "application"); network and gateway ones pass.
  assert = (
    lower(coalesce(self.load_balancer_type, "application")) != "application" ||
    self.drop_invalid_header_fields == true
  )
  location = "drop_invalid_header_fields"

  message     = "the load balancer forwards HTTP headers with invalid names to its targets (drop_invalid_header_fields is not true)"
  remediation = "Set drop_invalid_header_fields = true on the load balancer."
  why         = <<-EOT
    Front ends and back ends that parse malformed headers differently let an attacker smuggle
    requests past the load balancer's routing and the web application firewall. Dropping
    header fields with invalid names at the edge removes that ambiguity for every target.
  EOT
}
