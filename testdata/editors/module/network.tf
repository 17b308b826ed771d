# The module's second file, never opened in the test: the server checks the whole module, so
# its finding (NET001 on the ingress block, line 7) is published too.
resource "aws_security_group" "ssh" {
  name        = "ssh"
  description = "SSH from anywhere"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
