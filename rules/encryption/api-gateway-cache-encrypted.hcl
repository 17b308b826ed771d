rule "api-gateway-cache-encrypted" {
  id       = "ENC061"
  title    = "API Gateway method caches encrypt cached responses"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_api_gateway_method_settings"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Only settings that switch caching on are judged: cache_data_encrypted defaults to false, and
  # API Gateway encrypts cached responses only when it is true. Caching itself is enabled on the
  # stage (cache_cluster_enabled); the method settings decide what is cached and how.
  assert   = alltrue([
    for s in coalesce(self.settings, []) :
    s.caching_enabled != true || s.cache_data_encrypted == true
  ])
  location = "settings.cache_data_encrypted"

  message     = "the method settings cache responses without encrypting the cache (cache_data_encrypted is false or unset)"
  remediation = "Set cache_data_encrypted = true in the settings block that sets caching_enabled = true."
  why         = <<-EOT
    A REST API stage cache keeps copies of backend responses, which may hold personal or
    account data, for up to an hour on the cache cluster. API Gateway leaves that cache
    unencrypted unless the method settings ask for encryption, so the cached copy would be the
    only store of the same data without encryption at rest.
  EOT
}
