rule "global-accelerator-flow-logs" {
  id       = "LOG028"
  title    = "Global Accelerator accelerators record flow logs"
  family   = "logging"
  severity = "medium"
  resources = ["aws_globalaccelerator_accelerator"]
  criteria = {
    soc2 = ["CC7.2", "CC7.3"]
    sox  = ["ITGC-CO"]
  }

  # attributes.flow_logs_enabled defaults to false; when true, flow_logs_s3_bucket names the
  # destination. The accelerator is an internet entry point like a load balancer, so it is
  # judged alongside VPC flow logs (LOG004) and load balancer access logs (LOG006).
  assert   = try(self.attributes[0].flow_logs_enabled == true, false)
  location = "attributes.flow_logs_enabled"

  message     = "the accelerator does not record flow logs (attributes.flow_logs_enabled is false or unset)"
  remediation = "Add attributes { flow_logs_enabled = true, flow_logs_s3_bucket = \"<log bucket>\", flow_logs_s3_prefix = \"<prefix>\" }."
  why         = <<-EOT
    An accelerator takes traffic from the internet at AWS edge locations and forwards it to
    the application. Its flow logs record each client address, port and protocol with the
    accept or reject decision, which is the network record needed to see who reached the
    application and to reconstruct an attack.
  EOT
}
