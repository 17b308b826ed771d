variable "tags" {
  type = map(string)
}

variable "classification" {
  type = string
}

resource "aws_s3_bucket" "classified" {
  bucket = "classified"
  tags = {
    DataClassification = "confidential"
  }
}

# The value is not known yet, but the key is present.
resource "aws_efs_file_system" "classified_later" {
  creation_token = "shared"
  tags = {
    DataClassification = var.classification
  }
}

# Tags come from the caller and are not known here.
resource "aws_ebs_volume" "caller_tags" {
  availability_zone = "eu-west-1a"
  size              = 10
  tags              = merge(var.tags, { Name = "data" })
}

# Not a data store.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
