resource "aws_glue_data_catalog_encryption_settings" "disabled" {
  data_catalog_encryption_settings { # expect: glue-data-catalog-encrypted
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
    encryption_at_rest {
      catalog_encryption_mode = "DISABLED"
    }
  }
}
