data "aws_iam_policy_document" "topic" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["sns:Publish"]
    resources = ["arn:aws:sns:eu-west-1:111122223333:alerts"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_sns_topic" "split" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "split" {
  arn    = aws_sns_topic.split.arn
  policy = data.aws_iam_policy_document.topic.json
}

resource "aws_sqs_queue" "inline" {
  name = "jobs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "sqs:*"
      Resource  = "arn:aws:sqs:eu-west-1:111122223333:jobs"
      Condition = { Bool = { "aws:SecureTransport" = false } }
    }]
  })
}

resource "aws_sqs_queue" "split_heredoc" {
  name = "emails"
}

resource "aws_sqs_queue_policy" "split_heredoc" {
  queue_url = aws_sqs_queue.split_heredoc.url
  policy    = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Deny",
        "Principal": {"AWS": "*"},
        "Action": "sqs:*",
        "Resource": "arn:aws:sqs:eu-west-1:111122223333:emails",
        "Condition": {"BoolIfExists": {"aws:SecureTransport": "false"}}
      }]
    }
  JSON
}
