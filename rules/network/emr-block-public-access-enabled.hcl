rule "emr-block-public-access-enabled" {
  id       = "NET024"
  title    = "EMR block public access stays on and excepts no sensitive port"
  family   = "network"
  severity = "high"
  resources = ["aws_emr_block_public_access_configuration"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  parameter "sensitive_ports" {
    default     = [20, 21, 23, 110, 135, 139, 445, 1433, 1521, 2049, 2375, 2376, 3306, 5432, 5500, 5601, 5900, 6379, 9200, 9300, 11211, 27017]
    description = "Ports that must never be reachable from the whole internet: FTP (20, 21), Telnet (23), POP3 (110), Windows RPC and SMB (135, 139, 445), SQL Server (1433), Oracle (1521), NFS (2049), the Docker daemon (2375, 2376), MySQL (3306), PostgreSQL (5432), VNC (5500, 5900), Kibana (5601), Redis (6379), Elasticsearch (9200, 9300), Memcached (11211), MongoDB (27017). SSH and RDP have rules of their own; SMTP (25) is left out because public mail servers need it."
  }

  # The account-and-Region setting is on by default with port 22 excepted. Declaring it with
  # block_public_security_group_rules = false lets clusters start with security groups open
  # to the internet on any port; an exception range covering RDP (3389) or a sensitive port
  # does the same for those ports.
  assert = (
    self.block_public_security_group_rules == true &&
    !anytrue([
      for r in coalesce(self.permitted_public_security_group_rule_range, []) :
      (r.min_range <= 3389 && r.max_range >= 3389) ||
      anytrue([for p in param.sensitive_ports : r.min_range <= p && r.max_range >= p])
    ])
  )
  location = "block_public_security_group_rules"

  message     = "EMR block public access is turned off, or its exceptions include RDP or a sensitive port"
  remediation = "Set block_public_security_group_rules = true and keep permitted_public_security_group_rule_range to the ports that must be public (at most 22, better none); reach cluster interfaces through Session Manager or a VPN."
  why         = <<-EOT
    EMR clusters run web consoles and data services (Hadoop, Spark, Jupyter, databases)
    that were never meant for the internet. Block public access is the account-wide guard
    that stops a cluster from launching with security groups open to 0.0.0.0/0; turning it
    off or widening its exceptions removes that guard for every cluster in the Region.
  EOT
}
