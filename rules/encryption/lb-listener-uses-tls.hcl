rule "lb-listener-uses-tls" {
  id       = "ENC006"
  title    = "Load balancer listeners accept only encrypted connections"
  family   = "encryption"
  severity = "high"
  resources = ["aws_lb_listener", "aws_alb_listener"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit is CC6.7 (protection of data during transmission), as Steampipe and
  # Prowler map it; ElectricEye and part of Steampipe put it under CC6.1, which this project
  # keeps for encryption at rest. SOX: protection of data is part of access controls.

  # Plain HTTP passes only when every default action redirects to HTTPS. TCP and UDP listeners
  # are not judged (TLS may pass through to the targets), nor are Gateway Load Balancer
  # listeners, which have neither protocol nor port.
  assert = (
    (self.protocol == null ? self.port == null : upper(self.protocol) != "HTTP") ||
    (
      self.default_action != null && length(self.default_action) > 0 &&
      alltrue([
        for a in self.default_action :
        a.type == "redirect" && try(upper(a.redirect[0].protocol) == "HTTPS", false)
      ])
    )
  )
  location = "protocol"

  message     = "the listener serves plain HTTP instead of HTTPS or redirecting to it"
  remediation = "Use protocol = \"HTTPS\" with a certificate_arn and a current ssl_policy, or make the HTTP listener's default_action a redirect with protocol = \"HTTPS\"."
  why         = <<-EOT
    A plain HTTP listener sends requests, responses, cookies and tokens across the network in
    clear text, where anyone on the path can read or alter them. Terminating TLS at the load
    balancer, and redirecting HTTP clients to it, keeps data encrypted in transit.
  EOT
}
