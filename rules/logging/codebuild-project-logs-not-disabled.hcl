rule "codebuild-project-logs-not-disabled" {
  id       = "LOG038"
  title    = "CodeBuild projects keep their build logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_codebuild_project"]
  criteria = {
    soc2 = ["CC7.2", "CC8.1"]
    sox  = ["ITGC-CO", "ITGC-PC"]
  }

  # CodeBuild sends build logs to CloudWatch Logs unless logs_config.cloudwatch_logs.status
  # is "DISABLED"; S3 logs are off unless logs_config.s3_logs.status is "ENABLED". A project
  # is reported only when CloudWatch logs are switched off and S3 logs are not on, that is
  # when its builds leave no log at all. SOX ITGC-PC as well: build logs are part of the
  # record of how a change was built and deployed.
  assert = (
    try(upper(self.logs_config[0].cloudwatch_logs[0].status), "ENABLED") != "DISABLED" ||
    try(upper(self.logs_config[0].s3_logs[0].status), "DISABLED") == "ENABLED"
  )
  location = "logs_config.cloudwatch_logs.status"

  message     = "the project's builds leave no log (CloudWatch logs disabled and S3 logs not enabled)"
  remediation = "Remove cloudwatch_logs { status = \"DISABLED\" } from logs_config, or enable s3_logs with a location in a log bucket."
  why         = <<-EOT
    Build logs show which source revision was built, which commands and dependencies ran and
    what was deployed. They are the evidence that a change went through the pipeline as
    designed, and the first place to look when a build is suspected of being tampered with.
  EOT
}
