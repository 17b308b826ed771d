resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_opensearch_domain" "cmk" {
  domain_name = "cmk"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.data.key_id
  }
}

# Not encrypted at all: judged by opensearch-domain-encrypted-at-rest.
resource "aws_opensearch_domain" "plain" {
  domain_name = "plain"
}
