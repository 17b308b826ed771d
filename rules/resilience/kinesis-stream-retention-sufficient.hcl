rule "kinesis-stream-retention-sufficient" {
  id       = "RES014"
  title    = "Kinesis data streams keep records long enough to outlast a consumer outage"
  family   = "resilience"
  severity = "low"
  preset   = "all"
  resources = ["aws_kinesis_stream"]
  criteria = {
    soc2 = ["A1.2"]
    sox  = ["ITGC-CO"]
  }

  parameter "min_stream_retention_hours" {
    default     = 168
    description = "Fewest hours a data stream keeps its records (24 to 8760)."
  }

  # retention_period is in hours and defaults to 24, the minimum; longer retention is billed
  # extra, so the rule runs only in preset "all" with a threshold the organisation chooses
  # (7 days by default, long enough to cover a consumer failure over a weekend).
  # A1.2: records not yet processed are the only copy of the data; ITGC-CO.
  assert   = coalesce(self.retention_period, 24) >= param.min_stream_retention_hours
  location = "retention_period"

  message     = "the stream keeps records for fewer hours than min_stream_retention_hours (168 unless configured; the default is 24)"
  remediation = "Set retention_period to at least min_stream_retention_hours (168, seven days, unless configured)."
  why         = <<-EOT
    Records a consumer has not processed before they expire are lost for good. With the
    default of 24 hours, a consumer that fails on a Friday evening, or a bug that makes it
    skip records, leaves no way to reprocess them once it is fixed.
  EOT
}
