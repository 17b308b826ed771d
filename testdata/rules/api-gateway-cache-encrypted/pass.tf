resource "aws_api_gateway_method_settings" "encrypted_cache" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

# No caching: nothing is stored.
resource "aws_api_gateway_method_settings" "metrics_only" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    metrics_enabled = true
    logging_level   = "INFO"
  }
}

variable "caching" {
  type = bool
}

# Whether caching is on is unknown, and the cache is encrypted anyway.
resource "aws_api_gateway_method_settings" "unknown_caching" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "orders/GET"
  settings {
    caching_enabled      = var.caching
    cache_data_encrypted = true
  }
}
