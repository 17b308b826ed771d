resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_athena_workgroup" "cmk" {
  name = "cmk"
  configuration {
    result_configuration {
      output_location = "s3://acme-athena/results/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.data.arn
      }
    }
  }
}
