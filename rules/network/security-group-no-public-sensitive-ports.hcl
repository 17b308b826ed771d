rule "security-group-no-public-sensitive-ports" {
  id       = "NET007"
  title    = "Security groups do not open database, file-sharing or management ports to the internet"
  family   = "network"
  severity = "high"
  resources = ["aws_security_group"]
  criteria = {
    soc2 = ["CC6.6"]
    sox  = ["ITGC-AC"]
  }

  parameter "sensitive_ports" {
    default     = [20, 21, 23, 110, 135, 139, 445, 1433, 1521, 2049, 2375, 2376, 3306, 5432, 5500, 5601, 5900, 6379, 9200, 9300, 11211, 27017]
    description = "Ports that must never be reachable from the whole internet: FTP (20, 21), Telnet (23), POP3 (110), Windows RPC and SMB (135, 139, 445), SQL Server (1433), Oracle (1521), NFS (2049), the Docker daemon (2375, 2376), MySQL (3306), PostgreSQL (5432), VNC (5500, 5900), Kibana (5601), Redis (6379), Elasticsearch (9200, 9300), Memcached (11211), MongoDB (27017). SSH and RDP have rules of their own; SMTP (25) is left out because public mail servers need it."
  }

  # An inline ingress rule is public when cidr_blocks or ipv6_cidr_blocks hold a prefix of
  # length 0 (0.0.0.0/0, ::/0). It reaches a sensitive port when it allows all protocols
  # ("-1" or "all"), or TCP or UDP (several of these services, NFS and Memcached among them,
  # answer on UDP too) with a range containing the port. The whole port range (0-65535) is
  # also reported by security-group-no-public-all-traffic.
  assert = self.ingress == null || !anytrue([
    for r in self.ingress : (
      (
        anytrue([for c in coalesce(r.cidr_blocks, []) : endswith(c, "/0")]) ||
        anytrue([for c in coalesce(r.ipv6_cidr_blocks, []) : endswith(c, "/0")])
      ) &&
      (
        contains(["-1", "all"], lower(tostring(r.protocol))) ||
        (
          contains(["tcp", "6", "udp", "17"], lower(tostring(r.protocol))) &&
          anytrue([for p in param.sensitive_ports : r.from_port <= p && r.to_port >= p])
        )
      )
    )
  ])
  location = "ingress"

  message     = "an ingress rule opens a database, file-sharing or management port to anywhere (0.0.0.0/0 or ::/0)"
  remediation = "Allow the port only from the security groups or private networks of the clients that need it (source_security_group_id, referenced_security_group_id or private CIDRs); reach administrative interfaces through a VPN, Session Manager port forwarding or a bastion."
  why         = <<-EOT
    Databases, caches, search clusters, file shares and container daemons are built to sit
    behind a boundary: many accept unauthenticated or weakly authenticated connections by
    default, and internet-wide scanners look for exactly these ports. A single rule that opens
    one of them to 0.0.0.0/0 or ::/0 puts the data store itself on the internet, which is the
    boundary protection CC6.6 asks for.
  EOT
}
