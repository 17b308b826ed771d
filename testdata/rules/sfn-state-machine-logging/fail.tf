resource "aws_sfn_state_machine" "unlogged" { # expect: sfn-state-machine-logging
  name     = "unlogged"
  role_arn = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })
}

resource "aws_sfn_state_machine" "logging_off" {
  name     = "logging-off"
  type     = "EXPRESS"
  role_arn = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })

  logging_configuration { # expect: sfn-state-machine-logging
    level = "OFF"
  }
}
