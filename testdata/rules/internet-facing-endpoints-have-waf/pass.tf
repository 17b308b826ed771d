variable "internal" {
  type = bool
}

resource "aws_wafv2_web_acl" "main" {
  name  = "main"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "main"
    sampled_requests_enabled   = true
  }
}

resource "aws_lb" "protected" {
  name    = "protected"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_wafv2_web_acl_association" "protected" {
  resource_arn = aws_lb.protected.arn
  web_acl_arn  = aws_wafv2_web_acl.main.arn
}

resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "maybe_internal" {
  name     = "maybe-internal"
  internal = var.internal
  subnets  = ["subnet-1", "subnet-2"]
}

resource "aws_cloudfront_distribution" "protected" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1234"

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
