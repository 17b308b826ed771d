resource "aws_keyspaces_table" "owned" { # expect: keyspaces-table-encrypted-with-cmk
  table_name    = "owned"
  keyspace_name = "app"
  schema_definition {
    column {
      name = "id"
      type = "text"
    }
    partition_key {
      name = "id"
    }
  }
}

resource "aws_keyspaces_table" "explicit_owned" {
  table_name    = "explicit_owned"
  keyspace_name = "app"
  schema_definition {
    column {
      name = "id"
      type = "text"
    }
    partition_key {
      name = "id"
    }
  }
  encryption_specification { # expect: keyspaces-table-encrypted-with-cmk
    type = "AWS_OWNED_KMS_KEY"
  }
}
