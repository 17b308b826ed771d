# A naming module from the registry, not installed here: every output of it is unknown, so
# neither the number of buckets nor their tags are known before apply.
module "label" {
  source  = "cloudposse/label/null"
  version = "0.25.0"
  name    = "audit"
}

# No encryption configuration refers to it at all, whatever the count: a finding. Its tags
# come from the label module: the tag rules cannot decide.
resource "aws_s3_bucket" "this" {
  count  = module.label.enabled ? 1 : 0
  bucket = module.label.id
  tags   = module.label.tags
}

variable "databases" {
  type = map(object({ encrypted = bool }))
}

# Whether each database is encrypted depends on each.value: undecided, no finding.
resource "aws_db_instance" "each" {
  for_each            = var.databases
  identifier          = each.key
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  storage_encrypted   = each.value.encrypted
  deletion_protection = true
}

variable "replicas" {
  type = number
}

# Every resource of a module called an unknown number of times is checked once.
module "replica" {
  source = "./replica"
  count  = var.replicas
  name   = "replica-${count.index}"
}
