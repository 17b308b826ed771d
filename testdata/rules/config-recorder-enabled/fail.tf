variable "config_recording" {
  type    = bool
  default = false
}

resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

resource "aws_config_configuration_recorder_status" "stopped" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = false # expect: config-recorder-enabled
}

resource "aws_config_configuration_recorder_status" "from_variable" {
  count      = 1
  name       = aws_config_configuration_recorder.main.name
  is_enabled = var.config_recording # expect: config-recorder-enabled
}
