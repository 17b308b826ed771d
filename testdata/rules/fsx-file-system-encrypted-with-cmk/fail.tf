resource "aws_fsx_windows_file_system" "shares" { # expect: fsx-file-system-encrypted-with-cmk
  storage_capacity    = 300
  subnet_ids          = ["subnet-1"]
  throughput_capacity = 32
  active_directory_id = "d-1234567890"
}

resource "aws_fsx_lustre_file_system" "persistent" { # expect: fsx-file-system-encrypted-with-cmk
  storage_capacity            = 1200
  subnet_ids                  = ["subnet-1"]
  deployment_type             = "PERSISTENT_2"
  per_unit_storage_throughput = 125
}

resource "aws_fsx_ontap_file_system" "aws_alias" {
  storage_capacity    = 1024
  subnet_ids          = ["subnet-1", "subnet-2"]
  deployment_type     = "MULTI_AZ_1"
  throughput_capacity = 512
  preferred_subnet_id = "subnet-1"
  kms_key_id          = "arn:aws:kms:eu-west-1:111122223333:alias/aws/fsx" # expect: fsx-file-system-encrypted-with-cmk
}
