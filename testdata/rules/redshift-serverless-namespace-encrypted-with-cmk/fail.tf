resource "aws_redshiftserverless_namespace" "analytics" { # expect: redshift-serverless-namespace-encrypted-with-cmk
  namespace_name = "analytics"
}
