resource "aws_lambda_function" "thumbnails" { # expect: lambda-async-invocation-keeps-failed-events
  function_name = "thumbnails"
  role          = "arn:aws:iam::111122223333:role/thumbnails"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "thumbnails.zip"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_s3_bucket_notification" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  lambda_function {
    lambda_function_arn = aws_lambda_function.thumbnails.arn
    events              = ["s3:ObjectCreated:*"]
  }
}

resource "aws_lambda_function" "notify" { # expect: lambda-async-invocation-keeps-failed-events
  function_name = "notify"
  role          = "arn:aws:iam::111122223333:role/notify"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "notify.zip"
}

resource "aws_sns_topic_subscription" "notify" {
  topic_arn = "arn:aws:sns:us-east-1:111122223333:alerts"
  protocol  = "lambda"
  endpoint  = aws_lambda_function.notify.arn
}

# An invoke configuration with only an on-success destination keeps nothing that failed.
resource "aws_lambda_function" "nightly" { # expect: lambda-async-invocation-keeps-failed-events
  for_each      = toset(["export", "cleanup"])
  function_name = "nightly-${each.key}"
  role          = "arn:aws:iam::111122223333:role/nightly"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "nightly.zip"
}

resource "aws_cloudwatch_event_target" "nightly" {
  for_each = aws_lambda_function.nightly
  rule     = "nightly"
  arn      = each.value.arn
}

resource "aws_lambda_function_event_invoke_config" "nightly" {
  for_each      = aws_lambda_function.nightly
  function_name = each.value.function_name

  destination_config {
    on_success {
      destination = "arn:aws:sqs:us-east-1:111122223333:nightly-done"
    }
  }
}
