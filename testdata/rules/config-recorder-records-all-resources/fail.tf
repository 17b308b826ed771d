variable "record_all" {
  type    = bool
  default = false
}

resource "aws_config_configuration_recorder" "listed_types" {
  name     = "listed-types"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group { # expect: config-recorder-records-all-resources
    all_supported  = var.record_all
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket"]
  }
}

resource "aws_config_configuration_recorder" "exclusions" {
  name     = "exclusions"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group { # expect: config-recorder-records-all-resources
    all_supported = false
    exclusion_by_resource_types {
      resource_types = ["AWS::EC2::NetworkInterface"]
    }
    recording_strategy {
      use_only = "EXCLUSION_BY_RESOURCE_TYPES"
    }
  }
}
