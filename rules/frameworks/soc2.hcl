# SOC 2 Trust Services Criteria (AICPA 2017, points of focus revised 2022): the criteria a
# Terraform configuration can give evidence for, with short titles of our own.
framework "soc2" {
  title = "SOC 2 Trust Services Criteria"

  criterion "CC1.3" { title = "Structures, reporting lines and authorities" }
  criterion "CC2.1" { title = "Relevant, quality information for internal control" }
  criterion "CC3.4" { title = "Changes that affect internal control are assessed" }
  criterion "CC5.2" { title = "General controls over technology" }
  criterion "CC6.1" { title = "Logical access security, segmentation and encryption" }
  criterion "CC6.2" { title = "Registering, authorising and removing user credentials" }
  criterion "CC6.3" { title = "Role-based access and least privilege" }
  criterion "CC6.6" { title = "Protection against threats from outside the system boundary" }
  criterion "CC6.7" { title = "Protection of data in transmission and movement" }
  criterion "CC6.8" { title = "Prevention and detection of unauthorised software" }
  criterion "CC7.1" { title = "Detection of configuration changes and vulnerabilities" }
  criterion "CC7.2" { title = "Monitoring of system components for anomalies" }
  criterion "CC7.3" { title = "Evaluation of security events" }
  criterion "CC7.4" { title = "Response to security incidents" }
  criterion "CC7.5" { title = "Recovery from security incidents" }
  criterion "CC8.1" { title = "Authorised, tested and approved changes" }
  criterion "CC9.1" { title = "Mitigation of business disruption risk" }
  criterion "A1.1" { title = "Capacity is monitored and planned" }
  criterion "A1.2" { title = "Backup, recovery infrastructure and environmental protection" }
  criterion "A1.3" { title = "Recovery plan procedures are tested" }
  criterion "C1.1" { title = "Confidential information is identified and protected" }
  criterion "C1.2" { title = "Confidential information is disposed of" }
  criterion "PI1.4" { title = "Processing outputs are delivered completely and accurately" }
  criterion "PI1.5" { title = "Inputs, items in processing and outputs are stored completely" }
}
