resource "aws_cloudfront_distribution" "legacy_logging" {
  enabled = true

  origin {
    domain_name = "assets.s3.eu-west-1.amazonaws.com"
    origin_id   = "assets"
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "assets"
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  logging_config {
    bucket          = "cloudfront-logs.s3.amazonaws.com"
    prefix          = "assets/"
    include_cookies = false
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

# Standard logging v2: a delivery source for the distribution, delivered to S3.
resource "aws_cloudfront_distribution" "v2_logging" {
  enabled = true

  origin {
    domain_name = "app.example.com"
    origin_id   = "app"
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "app"
    viewer_protocol_policy = "https-only"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

resource "aws_cloudwatch_log_delivery_source" "v2_logging" {
  name         = "app-distribution"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.v2_logging.arn
}

resource "aws_cloudwatch_log_delivery_destination" "logs_bucket" {
  name = "cloudfront-logs"

  delivery_destination_configuration {
    destination_resource_arn = "arn:aws:s3:::cloudfront-logs"
  }
}

resource "aws_cloudwatch_log_delivery" "v2_logging" {
  delivery_source_name     = aws_cloudwatch_log_delivery_source.v2_logging.name
  delivery_destination_arn = aws_cloudwatch_log_delivery_destination.logs_bucket.arn
}
