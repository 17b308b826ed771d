resource "aws_s3_bucket" "records" { # expect: s3-bucket-object-events-recorded
  bucket = "records"
}
