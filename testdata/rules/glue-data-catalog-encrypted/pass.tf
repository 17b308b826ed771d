resource "aws_kms_key" "catalog" {
  description         = "Glue catalog"
  enable_key_rotation = true
}

resource "aws_glue_data_catalog_encryption_settings" "encrypted" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = aws_kms_key.catalog.arn
    }
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.catalog.arn
    }
  }
}
