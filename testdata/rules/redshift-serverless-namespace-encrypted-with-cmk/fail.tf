resource "aws_redshiftserverless_namespace" "analytics" { # expect: redshift-serverless-namespace-encrypted-with-cmk
  namespace_name = "analytics"
}

resource "aws_redshiftserverless_namespace" "owned_literal" {
  namespace_name = "owned-literal"
  kms_key_id     = "AWS_OWNED_KMS_KEY" # expect: redshift-serverless-namespace-encrypted-with-cmk
}
