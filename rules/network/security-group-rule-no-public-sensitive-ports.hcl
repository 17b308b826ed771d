rule "security-group-rule-no-public-sensitive-ports" {
  id       = "NET008"
  title    = "Security group rules do not open database, file-sharing or management ports to the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  parameter "sensitive_ports" {
    default     = [20, 21, 23, 110, 135, 139, 445, 1433, 1521, 2049, 2375, 2376, 3306, 5432, 5500, 5601, 5900, 6379, 9200, 9300, 11211, 27017]
    description = "Ports that must never be reachable from the whole internet: FTP (20, 21), Telnet (23), POP3 (110), Windows RPC and SMB (135, 139, 445), SQL Server (1433), Oracle (1521), NFS (2049), the Docker daemon (2375, 2376), MySQL (3306), PostgreSQL (5432), VNC (5500, 5900), Kibana (5601), Redis (6379), Elasticsearch (9200, 9300), Memcached (11211), MongoDB (27017). SSH and RDP have rules of their own; SMTP (25) is left out because public mail servers need it."
  }

  # aws_security_group_rule (type "ingress", cidr_blocks, ipv6_cidr_blocks, protocol) and
  # aws_vpc_security_group_ingress_rule (cidr_ipv4, cidr_ipv6, ip_protocol) are read alike. A
  # source is the whole internet when its prefix length is 0. The rule reaches a sensitive
  # port when it allows all protocols ("-1" or "all", which for
  # aws_vpc_security_group_ingress_rule also means all ports), or TCP or UDP with a range
  # containing the port.
  assert = !(
    self.type != "egress" &&
    (
      anytrue([for c in coalesce(self.cidr_blocks, []) : endswith(c, "/0")]) ||
      anytrue([for c in coalesce(self.ipv6_cidr_blocks, []) : endswith(c, "/0")]) ||
      endswith(coalesce(self.cidr_ipv4, "-"), "/0") ||
      endswith(coalesce(self.cidr_ipv6, "-"), "/0")
    ) &&
    (
      contains(["-1", "all"], lower(tostring(coalesce(self.protocol, self.ip_protocol)))) ||
      (
        contains(["tcp", "6", "udp", "17"], lower(tostring(coalesce(self.protocol, self.ip_protocol)))) &&
        anytrue([for p in param.sensitive_ports : self.from_port <= p && self.to_port >= p])
      )
    )
  )

  message     = "the ingress rule opens a database, file-sharing or management port to anywhere (0.0.0.0/0 or ::/0)"
  remediation = "Allow the port only from the security groups or private networks of the clients that need it (source_security_group_id, referenced_security_group_id or private CIDRs); reach administrative interfaces through a VPN, Session Manager port forwarding or a bastion."
  why         = <<-EOT
    Databases, caches, search clusters, file shares and container daemons are built to sit
    behind a boundary: many accept unauthenticated or weakly authenticated connections by
    default, and internet-wide scanners look for exactly these ports. A single rule that opens
    one of them to 0.0.0.0/0 or ::/0 puts the data store itself on the internet, which is the
    boundary protection CC6.6 asks for.
  EOT
}
