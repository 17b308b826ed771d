rule "ecs-service-no-public-ip" {
  id       = "NET017"
  title    = "ECS services do not give tasks public IP addresses"
  family   = "network"
  severity = "medium"
  resources = ["aws_ecs_service"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # network_configuration.assign_public_ip applies to awsvpc networking (Fargate and EC2)
  # and defaults to false.
  assert   = try(self.network_configuration[0].assign_public_ip, null) != true
  location = "network_configuration.assign_public_ip"

  message     = "the service gives each task a public IP address (network_configuration.assign_public_ip = true)"
  remediation = "Set assign_public_ip = false, run the tasks in private subnets with a NAT gateway or VPC endpoints for image pulls, and publish them through a load balancer."
  why         = <<-EOT
    Each task with a public address is reachable from the internet on the ports its security
    groups allow, bypassing the load balancer that is supposed to be the only way in.
    Public addresses on tasks are often a shortcut for pulling images without a NAT gateway,
    and leave every container exposed.
  EOT
}
