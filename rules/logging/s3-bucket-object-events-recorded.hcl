rule "s3-bucket-object-events-recorded" {
  id       = "LOG010"
  title    = "CloudTrail records object-level (data) events for S3 buckets"
  family   = "logging"
  severity = "low"
  preset   = "all"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["CC2.1", "CC7.2"]
    sox  = ["ITGC-CO"]
  }

  # Passes when a trail in the configuration that is not switched off records S3 object
  # events for every bucket or for this one:
  # - event_selector.data_resource of type AWS::S3::Object whose values hold "arn:aws:s3"
  #   or "arn:aws:s3:::" (all buckets, in any partition) or this bucket's "arn:aws:s3:::NAME/"
  #   (a narrower object prefix covers only part of the bucket and does not count);
  # - an advanced_event_selector with resources.type = AWS::S3::Object and either no
  #   resources.ARN condition or one whose equals/starts_with names this bucket's ARN
  #   prefix.
  # A data resource value that refers to this bucket ("${aws_s3_bucket.x.arn}/") counts as
  # naming it.
  # In the "all" preset: data events cost per event and server access logs (LOG003) are the
  # usual record; policies that need CloudTrail's identity detail ask for this too.
  assert = length(referrers("aws_cloudtrail", "event_selector.data_resource.values")) > 0 || anytrue([
    for t in resources("aws_cloudtrail") : (
      t.enable_logging != false &&
      (
        anytrue([
          for s in coalesce(t.event_selector, []) : anytrue([
            for d in coalesce(s.data_resource, []) : (
              d.type == "AWS::S3::Object" &&
              anytrue([
                for v in coalesce(d.values, []) : (
                  can(regex("^arn:[a-z-]+:s3(:::)?$", v)) ||
                  (self.bucket != null && can(regex("^arn:[a-z-]+:s3:::", v)) &&
                  replace(v, "/^arn:[a-z-]+:s3:::/", "") == "${self.bucket}/")
                )
              ])
            )
          ])
        ]) ||
        anytrue([
          for s in coalesce(t.advanced_event_selector, []) : (
            anytrue([
              for f in coalesce(s.field_selector, []) :
              f.field == "resources.type" && contains(coalesce(f.equals, []), "AWS::S3::Object")
            ]) &&
            alltrue([
              for f in coalesce(s.field_selector, []) : (
                f.field != "resources.ARN" ||
                (f.equals == null && f.starts_with == null) ||
                (self.bucket != null && anytrue([
                  for p in concat(coalesce(f.equals, []), coalesce(f.starts_with, [])) :
                  can(regex("^arn:[a-z-]+:s3:::", p)) &&
                  contains(["", "${self.bucket}", "${self.bucket}/"], replace(p, "/^arn:[a-z-]+:s3:::/", ""))
                ]))
              )
            ])
          )
        ])
      )
    )
  ])

  message     = "no trail in this configuration records S3 object-level (data) events for this bucket"
  remediation = "Add an event_selector (or advanced_event_selector) to a trail that records data events of type AWS::S3::Object for all buckets (\"arn:aws:s3\") or for this bucket's ARN followed by \"/\"."
  why         = <<-EOT
    CloudTrail records bucket configuration changes by default but not who read, wrote or
    deleted objects. Data events add that, tied to the IAM identity that made each request,
    so a suspected leak or tampering with stored records can be traced to a principal.
  EOT
}
