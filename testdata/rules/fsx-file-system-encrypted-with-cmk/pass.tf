resource "aws_fsx_ontap_file_system" "cmk" {
  storage_capacity    = 1024
  subnet_ids          = ["subnet-1", "subnet-2"]
  deployment_type     = "MULTI_AZ_1"
  throughput_capacity = 512
  preferred_subnet_id = "subnet-1"
  kms_key_id          = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Scratch Lustre file systems cannot take a key.
resource "aws_fsx_lustre_file_system" "scratch" {
  storage_capacity = 1200
  subnet_ids       = ["subnet-1"]
  deployment_type  = "SCRATCH_2"
}
