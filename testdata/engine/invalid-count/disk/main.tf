resource "aws_ebs_volume" "v" {
  availability_zone = "a"
  size = 1
}
