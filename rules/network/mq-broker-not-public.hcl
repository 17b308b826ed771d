rule "mq-broker-not-public" {
  id       = "NET021"
  title    = "Amazon MQ brokers are not reachable from the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_mq_broker"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # publicly_accessible defaults to false.
  assert   = self.publicly_accessible != true
  location = "publicly_accessible"

  message     = "the broker accepts connections from the internet (publicly_accessible = true)"
  remediation = "Set publicly_accessible = false, place the broker in private subnets with security groups that admit only its producers and consumers, and reach it from elsewhere through VPN or peering."
  why         = <<-EOT
    Message brokers carry application data and commands between systems. A public broker
    exposes its messaging protocols and web console to the internet, where weak or reused
    broker credentials let outsiders read or inject messages.
  EOT

  fix {
    title = "Set publicly_accessible = false"
    set {
      publicly_accessible = false
    }
  }
}
