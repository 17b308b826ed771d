resource "aws_networkfirewall_firewall" "unlogged" { # expect: network-firewall-logging-enabled
  name                = "unlogged"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:111122223333:firewall-policy/egress"
  vpc_id              = "vpc-1"

  subnet_mapping {
    subnet_id = "subnet-1"
  }
}

# TLS inspection errors only.
resource "aws_networkfirewall_firewall" "tls_only" { # expect: network-firewall-logging-enabled
  name                = "tls-only"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:111122223333:firewall-policy/egress"
  vpc_id              = "vpc-1"

  subnet_mapping {
    subnet_id = "subnet-2"
  }
}

resource "aws_networkfirewall_logging_configuration" "tls_only" {
  firewall_arn = aws_networkfirewall_firewall.tls_only.arn

  logging_configuration {
    log_destination_config {
      log_destination = {
        logGroup = "/firewall/tls"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "TLS"
    }
  }
}
