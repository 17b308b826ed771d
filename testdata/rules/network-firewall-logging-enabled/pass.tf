resource "aws_networkfirewall_firewall" "logged" {
  name                = "logged"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:111122223333:firewall-policy/egress"
  vpc_id              = "vpc-1"

  subnet_mapping {
    subnet_id = "subnet-3"
  }
}

resource "aws_networkfirewall_logging_configuration" "logged" {
  firewall_arn = aws_networkfirewall_firewall.logged.arn

  logging_configuration {
    log_destination_config {
      log_destination = {
        logGroup = "/firewall/alert"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "ALERT"
    }

    log_destination_config {
      log_destination = {
        bucketName = "firewall-flow-logs"
        prefix     = "flow"
      }
      log_destination_type = "S3"
      log_type             = "FLOW"
    }
  }
}

locals {
  log_types = ["FLOW"]
}

resource "aws_networkfirewall_firewall" "per_az" {
  count               = 2
  name                = "per-az-${count.index}"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:111122223333:firewall-policy/egress"
  vpc_id              = "vpc-1"

  subnet_mapping {
    subnet_id = "subnet-az-${count.index}"
  }
}

resource "aws_networkfirewall_logging_configuration" "per_az" {
  count        = 2
  firewall_arn = aws_networkfirewall_firewall.per_az[count.index].arn

  logging_configuration {
    dynamic "log_destination_config" {
      for_each = local.log_types
      content {
        log_destination = {
          deliveryStream = "firewall-${lower(log_destination_config.value)}"
        }
        log_destination_type = "KinesisDataFirehose"
        log_type             = log_destination_config.value
      }
    }
  }
}
