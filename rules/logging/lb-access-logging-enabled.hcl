rule "lb-access-logging-enabled" {
  id       = "LOG006"
  title    = "Application and Classic Load Balancers record access logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_lb", "aws_alb", "aws_elb"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # Application load balancers (aws_lb, aws_alb) and Classic Load Balancers (aws_elb) are
  # judged. Network Load Balancers log TLS listeners only and Gateway Load Balancers have no
  # access logs, so they pass. The two providers' defaults differ: on aws_lb/aws_alb
  # access_logs.enabled defaults to false even when a bucket is given; on aws_elb an
  # access_logs block (bucket is required there) is on unless enabled = false. Only aws_elb has
  # inline listener blocks (required there), which is how the assertion tells the two apart.
  assert = (
    self.listener != null
    ? try(self.access_logs[0].enabled != false, false)
    : (
      (self.load_balancer_type != null && self.load_balancer_type != "application") ||
      try(self.access_logs[0].enabled == true, false)
    )
  )
  location = "access_logs.enabled"

  message     = "the load balancer does not write access logs"
  remediation = "Add an access_logs block with bucket set to a log bucket and enabled = true (on aws_elb, do not set enabled = false)."
  why         = <<-EOT
    The load balancer sees every request from the internet, including those the application
    rejects or never receives. Its access logs give client addresses, paths, status codes and
    TLS details, which are needed to detect probing and to reconstruct an incident.
  EOT
}
