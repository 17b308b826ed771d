rule "half-written" {
  id        = "ACME900"
  title     = "A rule someone is still writing"
  family    = "resilience"
  severity  = "urgent"
  resources = ["aws_instance"]
  criteria  = { soc2 = ["A1.1"], sox = ["ITGC-CO"] }
  assert    = true
  message     = "m"
  remediation = "r"
  why         = "w"
}
