variable "viewer_policy" {
  type = string
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true

  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "site"
    viewer_protocol_policy = var.viewer_policy # expect: cloudfront-viewer-https
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  # An ordered behaviour with allow-all is the other rule's business.
  ordered_cache_behavior {
    path_pattern           = "/legacy/*"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "site"
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
