resource "aws_mq_broker" "literal_user" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = "Orders-Broker-2024" # expect: mq-broker-user-password-not-hard-coded
  }
}

variable "rabbit_password" {
  type      = string
  default   = "guest-password-123"
  sensitive = true
}

resource "aws_mq_broker" "variable_default" {
  for_each           = toset(["eu", "us"])
  broker_name        = "events-${each.key}"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"

  user {
    username = "events"
    password = var.rabbit_password # expect: mq-broker-user-password-not-hard-coded
  }
}

locals {
  broker_users = {
    admin  = "Admin-Pass-0001"
    reader = "Reader-Pass-0002"
  }
}

resource "aws_mq_broker" "dynamic_users" {
  broker_name        = "audit"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  dynamic "user" {
    for_each = local.broker_users
    content {
      username = user.key
      password = user.value # expect: mq-broker-user-password-not-hard-coded
    }
  }
}

resource "random_password" "ldap_admin" {
  length = 32
}

resource "aws_mq_broker" "ldap_literal" {
  broker_name        = "ldap"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  authentication_strategy = "ldap"

  ldap_server_metadata {
    hosts                    = ["ldap.example.com"]
    role_base                = "ou=roles,dc=example,dc=com"
    service_account_username = "svc-mq"
    service_account_password = "Ldap-Service-99"
    user_base                = "ou=users,dc=example,dc=com"
  }

  user {
    username = "admin"
    password = random_password.ldap_admin.result
  }

  user {
    username = "console"
    password = "Console-Pass-12" # expect: mq-broker-user-password-not-hard-coded
  }
}

module "billing_broker" {
  source   = "./broker"
  password = "Billing-Broker-77"
}
