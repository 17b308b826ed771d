rule "lb-access-logging-enabled" {
  id       = "LOG006"
  title    = "Application load balancers record access logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_lb", "aws_alb"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
  }

  # Only application load balancers are judged: Network Load Balancers log TLS listeners only
  # and Gateway Load Balancers have no access logs. access_logs.enabled defaults to false even
  # when a bucket is given.
  assert = (
    (self.load_balancer_type != null && self.load_balancer_type != "application") ||
    try(self.access_logs[0].enabled == true, false)
  )
  location = "access_logs.enabled"

  message     = "the load balancer does not write access logs"
  remediation = "Add an access_logs block with bucket set to a log bucket and enabled = true."
  why         = <<-EOT
    The load balancer sees every request from the internet, including those the application
    rejects or never receives. Its access logs give client addresses, paths, status codes and
    TLS details, which are needed to detect probing and to reconstruct an incident.
  EOT
}
