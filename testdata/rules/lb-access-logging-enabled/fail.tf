resource "aws_lb" "no_logs" { # expect: lb-access-logging-enabled
  name               = "no-logs"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}

# A bucket alone does not turn logging on: enabled defaults to false.
resource "aws_lb" "bucket_only" {
  name    = "bucket-only"
  subnets = ["subnet-1", "subnet-2"]

  access_logs { # expect: lb-access-logging-enabled
    bucket = "lb-logs"
  }
}

resource "aws_alb" "disabled" {
  name    = "disabled"
  subnets = ["subnet-1", "subnet-2"]

  access_logs {
    bucket  = "lb-logs"
    enabled = false # expect: lb-access-logging-enabled
  }
}
