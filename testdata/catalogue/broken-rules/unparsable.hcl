rule "unclosed" {
  id = "ACME901"
  assert = (
