resource "aws_autoscaling_group" "one_subnet" {
  name                = "workers"
  min_size            = 1
  max_size            = 3
  vpc_zone_identifier = ["subnet-0a1b2c3d"] # expect: autoscaling-group-spans-availability-zones
}

resource "aws_autoscaling_group" "one_zone" { # expect: autoscaling-group-spans-availability-zones
  name               = "batch"
  min_size           = 0
  max_size           = 2
  availability_zones = ["eu-west-1a"]
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-123"
  cidr_block = "10.0.1.0/24"
}

# One subnet whose id is known only after apply is still one subnet.
resource "aws_autoscaling_group" "one_new_subnet" {
  name                = "api"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = [aws_subnet.private.id] # expect: autoscaling-group-spans-availability-zones
}
