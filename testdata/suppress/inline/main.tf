# Each volume breaks ENC003 (encrypted = false); the comments decide which findings are
# accepted. Dates: 2000-01-01 has passed, 2999-12-31 has not.

# tfcomply:ignore ENC003 reason="scratch volume, holds no customer data"
resource "aws_ebs_volume" "above_resource" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}

resource "aws_ebs_volume" "end_of_attribute_line" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false // tfcomply:ignore ebs-volume-encrypted reason="by name" expires=2999-12-31
}

resource "aws_ebs_volume" "above_attribute" {
  availability_zone = "eu-west-1a"
  size              = 10
  /* tfcomply:ignore ENC003 reason="block comment" */
  encrypted = false
}

# tfcomply:ignore ENC003
resource "aws_ebs_volume" "no_reason" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}

# tfcomply:ignore ENC003 reason="accepted until the migration" expires=2000-01-01
resource "aws_ebs_volume" "expired" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}

# tfcomply:ignore ENC003["b"] reason="only b is a scratch disk"
resource "aws_ebs_volume" "per_instance" {
  for_each          = toset(["a", "b"])
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}

# tfcomply:ignore ENC003, LOG003 reason="LOG003 does not apply to volumes"
resource "aws_ebs_volume" "partly_unused" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}

# tfcomply:ignore ENC999 reason="no such rule"
resource "aws_ebs_volume" "unknown_rule" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
}

# tfcomply:ignore ENC003 reason="the legacy disks are replaced in Q3"
module "legacy" {
  source = "./modules/disk"
}

# tfcomply:ignore ENC003["blue"] reason="only the blue deployment is accepted"
module "deployments" {
  source   = "./modules/disk"
  for_each = toset(["blue", "green"])
}
