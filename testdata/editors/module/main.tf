# The file tests/editors.rs opens in each editor: one finding, ENC003 (high) on line 5.
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false
}
