resource "aws_athena_workgroup" "default" { # expect: athena-workgroup-results-encrypted-with-kms
  name = "default-settings"
}

resource "aws_athena_workgroup" "sse_s3" {
  name = "sse-s3"
  configuration { # expect: athena-workgroup-results-encrypted-with-kms
    result_configuration {
      output_location = "s3://acme-athena/results/"
      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}

resource "aws_athena_workgroup" "not_enforced" {
  name = "not-enforced"
  configuration { # expect: athena-workgroup-results-encrypted-with-kms
    enforce_workgroup_configuration = false
    result_configuration {
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}
