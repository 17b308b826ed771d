locals {
  exported_keys = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    aws s3 cp s3://config/app.env /etc/app.env
  EOT
}

resource "aws_instance" "literal" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = local.exported_keys # expect: instance-user-data-no-aws-keys
}

locals {
  credentials_file = <<-EOT
    #!/bin/bash
    mkdir -p /root/.aws
    cat > /root/.aws/credentials <<CREDS
    [default]
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    CREDS
  EOT
}

resource "aws_launch_template" "base64" {
  name_prefix   = "workers-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = base64encode(local.credentials_file) # expect: instance-user-data-no-aws-keys
}

resource "aws_launch_configuration" "encoded" { # expect: instance-user-data-no-aws-keys
  count            = 1
  name_prefix      = "legacy-"
  image_id         = "ami-0123456789abcdef0"
  instance_type    = "t3.micro"
  user_data_base64 = base64encode("#!/bin/sh\nexport KEY=ASIAIOSFODNN7EXAMPLE\n")
}
