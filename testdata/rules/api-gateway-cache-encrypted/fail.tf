resource "aws_api_gateway_method_settings" "all_methods" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled      = true
    cache_ttl_in_seconds = 300
    cache_data_encrypted = false # expect: api-gateway-cache-encrypted
  }
}

variable "cache_settings" {
  type = map(object({ caching = bool }))
  default = {
    "orders/GET" = { caching = true }
  }
}

# Caching switched on from a variable, encryption left at its default.
resource "aws_api_gateway_method_settings" "per_method" {
  for_each    = var.cache_settings
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = each.key
  settings { # expect: api-gateway-cache-encrypted
    caching_enabled = each.value.caching
    metrics_enabled = true
  }
}
