resource "aws_cloudfront_distribution" "unlogged" { # expect: cloudfront-access-logging
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

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

variable "logging" {
  type    = map(string)
  default = {}
}

# Logging switched off through an empty input.
resource "aws_cloudfront_distribution" "optional_logging" {
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

  dynamic "logging_config" { # expect: cloudfront-access-logging
    for_each = length(var.logging) > 0 ? [var.logging] : []
    content {
      bucket = logging_config.value.bucket
      prefix = lookup(logging_config.value, "prefix", null)
    }
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

# A delivery source for a different distribution does not count.
resource "aws_cloudwatch_log_delivery_source" "other" {
  name         = "other-distribution"
  log_type     = "ACCESS_LOGS"
  resource_arn = "arn:aws:cloudfront::111122223333:distribution/E2OTHER"
}
