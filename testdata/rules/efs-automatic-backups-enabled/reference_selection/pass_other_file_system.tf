# A selection listing resources known only after apply cannot be matched against other
# file systems: they are undecided, not findings. One that no selection could cover because
# no selection exists in this configuration is in ../fail.tf.
resource "aws_efs_file_system" "not_in_plan" {
  creation_token = "not-in-plan"
}
