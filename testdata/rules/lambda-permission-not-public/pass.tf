resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_lambda_permission" "from_bucket" {
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.uploads.arn
}

# Wildcard principal narrowed by a computed source ARN: still narrowed.
resource "aws_lambda_permission" "star_with_source" {
  statement_id  = "AllowFromRule"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "*"
  source_arn    = "arn:aws:events:eu-west-1:111122223333:rule/nightly"
}

resource "aws_lambda_permission" "organisation" {
  statement_id     = "AllowOrg"
  action           = "lambda:InvokeFunction"
  function_name    = "thumbnails"
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "other_account" {
  statement_id  = "AllowPartner"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "444455556666"
}

# The permission behind a public function URL is reported on the URL (IAM019).
resource "aws_lambda_permission" "public_url" {
  statement_id           = "FunctionURLAllowPublicAccess"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = "webhook"
  principal              = "*"
  function_url_auth_type = "NONE"
}

variable "caller" {
  type = string
}

resource "aws_lambda_permission" "caller_chosen" {
  statement_id  = "AllowCaller"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = var.caller
}
