resource "aws_iam_role" "appsync_logs" {
  name = "appsync-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "appsync.amazonaws.com" }
    }]
  })
}

resource "aws_appsync_graphql_api" "logged" {
  name                = "logged"
  authentication_type = "AWS_IAM"

  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "ERROR"
    exclude_verbose_content  = true
  }
}

# Request-level logs only.
resource "aws_appsync_graphql_api" "request_logs" {
  name                = "request-logs"
  authentication_type = "API_KEY"

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::111122223333:role/appsync-logs"
    field_log_level          = "NONE"
  }
}
