rule "ecs-containers-not-privileged" {
  id       = "IAM033"
  title    = "ECS containers do not run privileged"
  family   = "identity"
  severity = "high"
  resources = ["aws_ecs_task_definition"]
  criteria = {
    soc2 = ["CC6.1", "CC6.3"]
    sox  = ["ITGC-AC"]
  }

  # A container definition with "privileged": true gets root privileges on the host
  # instance (Docker's --privileged: all capabilities and host devices). ECS ignores the
  # parameter on Fargate, which does not support it, but the task definition may still be
  # run on EC2 capacity, so it is judged wherever it appears. container_definitions is read
  # when it is jsonencode(...) of known values, a heredoc or a file; otherwise undecided.
  assert = !try(anytrue([
    for c in jsondecode(self.container_definitions) : try(c.privileged == true, false)
  ]), false)
  location = "container_definitions"
  detail   = join(", ", try([for c in jsondecode(self.container_definitions) : c.name if try(c.privileged == true, false)], []))

  message     = "a container runs privileged, with root access to the host instance"
  remediation = "Remove \"privileged\": true. Grant only the Linux capabilities the container needs (linuxParameters.capabilities.add) or redesign the task so it does not need host access."
  why         = <<-EOT
    A privileged container can load kernel modules, reach every device and escape to the
    host, where it can read other tasks' credentials and data. One compromised process then
    owns the instance and every workload on it, which breaks the isolation that least
    privilege between services relies on.
  EOT
}
