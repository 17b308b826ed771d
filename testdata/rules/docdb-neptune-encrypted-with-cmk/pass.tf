resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}


resource "aws_docdb_cluster" "cmk" {
  cluster_identifier = "cmk"
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.data.arn
}

resource "aws_neptune_cluster" "cmk" {
  cluster_identifier = "cmk"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.data.arn
}

resource "aws_neptune_cluster" "unencrypted" {
  cluster_identifier = "unencrypted"
}
