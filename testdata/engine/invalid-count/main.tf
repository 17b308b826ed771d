# Terraform refuses a negative count: the module is not checked, and says so.
module "disks" {
  source = "./disk"
  count  = -1
}

# A provider-defined function runs in the provider: its result is unknown here, not an error.
resource "aws_ebs_volume" "parsed" {
  count             = provider::aws::arn_parse("arn:aws:s3:::x").service == "s3" ? 1 : 0
  availability_zone = "eu-west-1a"
  size              = 1
}
