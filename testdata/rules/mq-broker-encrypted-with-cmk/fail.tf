resource "aws_mq_broker" "owned_key" { # expect: mq-broker-encrypted-with-cmk
  broker_name        = "owned-key"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  user {
    username = "app"
    password = "Must-be-12-characters"
  }
}

resource "aws_mq_broker" "aws_managed" {
  broker_name        = "aws-managed"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  encryption_options { # expect: mq-broker-encrypted-with-cmk
    use_aws_owned_key = false
  }
  user {
    username = "app"
    password = "Must-be-12-characters"
  }
}

resource "aws_mq_broker" "aws_alias" {
  broker_name        = "aws-alias"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  encryption_options { # expect: mq-broker-encrypted-with-cmk
    use_aws_owned_key = false
    kms_key_id        = "alias/aws/mq"
  }
  user {
    username = "app"
    password = "Must-be-12-characters"
  }
}
