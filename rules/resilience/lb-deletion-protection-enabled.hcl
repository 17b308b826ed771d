rule "lb-deletion-protection-enabled" {
  id       = "RES016"
  title    = "Load balancers are protected against deletion"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_lb", "aws_alb"]
  criteria = {
    soc2 = ["A1.2"]
    sox  = ["ITGC-CO"]
  }

  # enable_deletion_protection defaults to false. Preset "all": a load balancer holds no data
  # and can be recreated from this configuration, but its DNS name changes and every client
  # or DNS record pointing at it breaks until updated, so production entry points are worth
  # protecting; short-lived environments are not. A1.2 only: there is no confidential
  # information to protect (C1.1). ITGC-CO.
  assert   = self.enable_deletion_protection == true
  location = "enable_deletion_protection"

  message     = "deletion protection is not enabled for the load balancer"
  remediation = "Set enable_deletion_protection = true on load balancers that serve production traffic."
  why         = <<-EOT
    Deleting a load balancer takes the service it fronts offline at once, and the
    replacement gets a new DNS name that clients and records must learn. Deletion protection
    turns an accidental destroy or rename into a failed apply instead of an outage.
  EOT

  fix {
    title = "Set enable_deletion_protection = true"
    set {
      enable_deletion_protection = true
    }
  }
}
