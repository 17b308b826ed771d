rule "ecs-exec-logging-not-disabled" {
  id       = "LOG037"
  title    = "ECS Exec sessions on a cluster are logged"
  family   = "logging"
  severity = "low"
  resources = ["aws_ecs_cluster"]
  criteria = {
    soc2 = ["CC7.2", "CC6.8"]
    sox  = ["ITGC-CO"]
  }

  # configuration.execute_command_configuration.logging is "DEFAULT" when unset (command
  # output goes where the task definition's awslogs driver sends it), "OVERRIDE" (a log group
  # or bucket given in log_configuration) or "NONE". Only "NONE" is reported: it is an
  # explicit choice not to record what is typed into running containers. OVERRIDE without a
  # destination in log_configuration records nothing either, so it is reported too.
  assert = alltrue([
    for c in coalesce(self.configuration, []) : alltrue([
      for e in coalesce(c.execute_command_configuration, []) : (
        upper(coalesce(e.logging, "DEFAULT")) != "NONE" &&
        (
          upper(coalesce(e.logging, "DEFAULT")) != "OVERRIDE" ||
          anytrue([
            for l in coalesce(e.log_configuration, []) :
            is_set(l.cloud_watch_log_group_name) || is_set(l.s3_bucket_name)
          ])
        )
      )
    ])
  ])
  location = "configuration.execute_command_configuration.logging"

  message     = "commands run through ECS Exec on this cluster are not logged (logging is \"NONE\", or \"OVERRIDE\" without a destination)"
  remediation = "Set execute_command_configuration.logging = \"OVERRIDE\" with a log_configuration naming a CloudWatch log group or S3 bucket, or \"DEFAULT\" with an awslogs driver in the task definitions."
  why         = <<-EOT
    ECS Exec opens an interactive shell in running containers, often in production. Without a
    log of the commands and their output there is no record of what an operator, or an
    intruder with the right IAM permissions, did inside a container.
  EOT
}
