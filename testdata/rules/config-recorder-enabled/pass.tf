variable "config_recording_unset" {
  type = bool
}

resource "aws_config_configuration_recorder" "secondary" {
  name     = "secondary"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

resource "aws_config_configuration_recorder_status" "running" {
  name       = aws_config_configuration_recorder.secondary.name
  is_enabled = true
}

resource "aws_config_configuration_recorder_status" "unknown" {
  name       = aws_config_configuration_recorder.secondary.name
  is_enabled = var.config_recording_unset
}
