variable "record_all_unset" {
  type = bool
}

resource "aws_config_configuration_recorder" "defaults" {
  name     = "defaults"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

resource "aws_config_configuration_recorder" "all_with_global" {
  name     = "all-with-global"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder" "strategy_all" {
  name     = "strategy-all"
  role_arn = "arn:aws:iam::123456789012:role/config"

  dynamic "recording_group" {
    for_each = [true]
    content {
      all_supported = recording_group.value
      recording_strategy {
        use_only = "ALL_SUPPORTED_RESOURCE_TYPES"
      }
    }
  }

  recording_mode {
    recording_frequency = "DAILY"
  }
}

resource "aws_config_configuration_recorder" "unknown" {
  name     = "unknown"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported = var.record_all_unset
  }
}
