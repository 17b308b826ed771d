rule "network-firewall-deletion-protection-enabled" {
  id       = "RES030"
  title    = "Network Firewall firewalls are protected against deletion"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_networkfirewall_firewall"]
  criteria = {
    soc2 = ["A1.2", "CC6.6"]
    sox  = ["ITGC-CO"]
  }

  # delete_protection defaults to false. Preset "all", as lb-deletion-protection-enabled
  # (RES016): the firewall holds no data and this configuration can rebuild it, but deleting it
  # removes the endpoints that VPC route tables send traffic through, so traffic routed to them
  # stops (or, once routes are changed to bypass it, flows uninspected) until it is rebuilt;
  # short-lived environments do without. Mapping: A1.2, and CC6.6 as the firewall is a boundary
  # protection against threats from outside; ITGC-CO.
  assert   = self.delete_protection == true
  location = "delete_protection"

  message     = "deletion protection is not enabled for the firewall"
  remediation = "Set delete_protection = true on firewalls that production traffic is routed through."
  why         = <<-EOT
    VPC routes send traffic to the firewall's endpoints. Deleting the firewall by a mistaken
    destroy or rename blackholes that traffic at once, and the usual quick fix, routing around
    the firewall, leaves the network without inspection. Deletion protection makes such a
    delete fail until the setting is switched off in a reviewable change.
  EOT

  fix {
    title = "Set delete_protection = true"
    set {
      delete_protection = true
    }
  }
}
