rule "elb-classic-listener-uses-tls" {
  id       = "ENC040"
  title    = "Classic Load Balancer listeners accept only encrypted connections"
  family   = "encryption"
  severity = "high"
  resources = ["aws_elb"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1, which
  # this project keeps for encryption at rest.
  # A Classic Load Balancer cannot redirect, so any listener whose lb_protocol is HTTP serves
  # clear text. TCP listeners are not judged: TLS may pass through to the instances, as with
  # TCP listeners on Network Load Balancers in lb-listener-uses-tls.
  assert = self.listener == null || !anytrue([
    for l in self.listener : lower(l.lb_protocol) == "http"
  ])
  location = "listener.lb_protocol"

  message     = "a Classic Load Balancer listener serves plain HTTP"
  remediation = "Use lb_protocol = \"https\" (or \"ssl\") with an ssl_certificate_id for client-facing listeners, or move to an Application Load Balancer, which can also redirect HTTP to HTTPS."
  why         = <<-EOT
    A Classic Load Balancer HTTP listener passes requests, cookies and credentials across the
    network in clear text, and unlike an Application Load Balancer it cannot answer HTTP with
    a redirect to HTTPS. Only HTTPS or SSL listeners keep client traffic encrypted up to the
    load balancer.
  EOT
}
