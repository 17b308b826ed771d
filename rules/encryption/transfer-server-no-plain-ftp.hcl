rule "transfer-server-no-plain-ftp" {
  id       = "ENC058"
  title    = "Transfer Family servers do not offer plain FTP"
  family   = "encryption"
  severity = "high"
  resources = ["aws_transfer_server"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # protocols defaults to ["SFTP"]. "FTP" sends credentials and files unencrypted; SFTP, FTPS
  # and AS2 are encrypted. AWS restricts FTP to VPC-internal endpoints, but the traffic is
  # still clear text on that network.
  assert   = !contains([for p in coalesce(self.protocols, ["SFTP"]) : upper(p)], "FTP")
  location = "protocols"

  message     = "the server offers plain FTP, which sends credentials and files unencrypted"
  remediation = "Remove \"FTP\" from protocols and offer \"SFTP\" or \"FTPS\" (with a certificate) instead."
  why         = <<-EOT
    FTP carries user names, passwords and file contents in clear text, so anyone who can
    observe the network path, including inside the VPC, can read or replay them. SFTP and
    FTPS provide the same file exchange over encrypted connections.
  EOT
}
