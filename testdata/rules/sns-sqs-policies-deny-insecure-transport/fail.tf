resource "aws_sns_topic" "no_policy" { # expect: sns-sqs-policies-deny-insecure-transport
  name = "alerts"
}

resource "aws_sqs_queue" "allow_only" { # expect: sns-sqs-policies-deny-insecure-transport
  name = "jobs"
}

resource "aws_sqs_queue_policy" "allow_only" {
  queue_url = aws_sqs_queue.allow_only.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:eu-west-1:111122223333:jobs"
    }]
  })
}

resource "aws_sns_topic" "inline_without_deny" {
  name = "events"
  policy = jsonencode({ # expect: sns-sqs-policies-deny-insecure-transport
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:eu-west-1:111122223333:events"
    }]
  })
}
