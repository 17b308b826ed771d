resource "aws_docdb_cluster" "unaudited" { # expect: docdb-neptune-audit-logs-exported
  cluster_identifier = "unaudited"
  master_username    = "docdb"
}

resource "aws_docdb_cluster" "profiler_only" { # expect: docdb-neptune-audit-logs-exported
  cluster_identifier              = "profiler-only"
  master_username                 = "docdb"
  enabled_cloudwatch_logs_exports = ["profiler"]
}

resource "aws_neptune_cluster" "slow_queries_only" { # expect: docdb-neptune-audit-logs-exported
  cluster_identifier             = "slow-queries-only"
  engine                         = "neptune"
  enable_cloudwatch_logs_exports = ["slowquery"]
}

variable "neptune_exports" {
  type    = list(string)
  default = []
}

resource "aws_neptune_cluster" "from_variable" { # expect: docdb-neptune-audit-logs-exported
  cluster_identifier             = "from-variable"
  engine                         = "neptune"
  enable_cloudwatch_logs_exports = var.neptune_exports
}
