resource "aws_lb" "public_alb" { # expect: internet-facing-endpoints-have-waf
  name            = "public-alb"
  subnets         = ["subnet-1", "subnet-2"]
  security_groups = ["sg-123"]
}

resource "aws_alb" "legacy_name" { # expect: internet-facing-endpoints-have-waf
  name               = "legacy-name"
  internal           = false
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_cloudfront_distribution" "site" { # expect: internet-facing-endpoints-have-waf
  enabled = true

  origin {
    domain_name = "acme-website.s3.eu-west-1.amazonaws.com"
    origin_id   = "s3"
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "s3"
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
