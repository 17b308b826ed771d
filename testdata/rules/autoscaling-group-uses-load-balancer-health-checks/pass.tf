variable "unknown_type" {
  type = string
}

resource "aws_lb_target_group" "app" {
  name     = "app"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0abc1234"
}

resource "aws_autoscaling_group" "app" {
  name                      = "app"
  min_size                  = 2
  max_size                  = 6
  vpc_zone_identifier       = ["subnet-0aa11", "subnet-0bb22"]
  target_group_arns         = [aws_lb_target_group.app.arn]
  health_check_type         = "ELB"
  health_check_grace_period = 300

  launch_template {
    id      = "lt-0abc1234"
    version = "$Latest"
  }
}

# Not behind a load balancer: EC2 status checks are all there is.
resource "aws_autoscaling_group" "batch" {
  name                = "batch"
  min_size            = 0
  max_size            = 10
  vpc_zone_identifier = ["subnet-0aa11", "subnet-0bb22"]

  launch_template {
    id      = "lt-0abc1234"
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "attached_elb" {
  name                = "attached"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0aa11", "subnet-0bb22"]
  health_check_type   = "ELB"

  launch_template {
    id      = "lt-0abc1234"
    version = "$Latest"
  }
}

resource "aws_autoscaling_traffic_source_attachment" "attached_elb" {
  autoscaling_group_name = aws_autoscaling_group.attached_elb.id

  traffic_source {
    identifier = aws_lb_target_group.app.arn
    type       = "elbv2"
  }
}

# Known only when the variable gets a value: undecided.
resource "aws_autoscaling_group" "type_unknown" {
  name                = "unknown"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0aa11", "subnet-0bb22"]
  target_group_arns   = [aws_lb_target_group.app.arn]
  health_check_type   = var.unknown_type

  launch_template {
    id      = "lt-0abc1234"
    version = "$Latest"
  }
}

# A module input that defaults to no target groups.
variable "target_group_arns" {
  type    = list(string)
  default = []
}

resource "aws_autoscaling_group" "optional_targets" {
  name                = "optional"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-0aa11", "subnet-0bb22"]
  target_group_arns   = var.target_group_arns

  launch_template {
    id      = "lt-0abc1234"
    version = "$Latest"
  }
}
