# SOC 2 Trust Services Criteria (AICPA 2017, points of focus revised 2022), with short titles
# of our own. `outside_iac` says why a configuration cannot give evidence for a criterion:
# `tfcomply coverage` states it next to the criteria no rule tests.
framework "soc2" {
  title = "SOC 2 Trust Services Criteria (2017, revised points of focus 2022)"

  criterion "CC1.1" {
    title       = "Commitment to integrity and ethical values"
    outside_iac = "a code of conduct, its acknowledgement and enforcement are governance"
  }
  criterion "CC1.2" {
    title       = "Board independence and oversight of internal control"
    outside_iac = "board oversight is governance"
  }
  criterion "CC1.3" { title = "Structures, reporting lines and authorities" }
  criterion "CC1.4" {
    title       = "Attracting, developing and retaining competent people"
    outside_iac = "hiring, training and performance reviews are human resources processes"
  }
  criterion "CC1.5" {
    title       = "Individuals are held accountable for internal control"
    outside_iac = "accountability is set through roles, reviews and discipline, not configuration"
  }
  criterion "CC2.1" { title = "Relevant, quality information for internal control" }
  criterion "CC2.2" {
    title       = "Internal communication of control information"
    outside_iac = "internal communication is a process"
  }
  criterion "CC2.3" {
    title       = "Communication with external parties"
    outside_iac = "external communication is a process"
  }
  criterion "CC3.1" {
    title       = "Objectives specified clearly enough to assess risk"
    outside_iac = "objectives are set in a risk assessment, not in infrastructure"
  }
  criterion "CC3.2" {
    title       = "Risks to objectives are identified and analysed"
    outside_iac = "risk analysis is a process; a configuration can only carry its outcome"
  }
  criterion "CC3.3" {
    title       = "Potential for fraud is considered"
    outside_iac = "fraud risk assessment is a process"
  }
  criterion "CC3.4" { title = "Changes that affect internal control are assessed" }
  criterion "CC4.1" { title = "Ongoing and separate evaluations of controls" }
  criterion "CC4.2" {
    title       = "Control deficiencies are communicated and corrected"
    outside_iac = "tracking and communicating deficiencies is a process"
  }
  criterion "CC5.1" {
    title       = "Control activities that mitigate risks"
    outside_iac = "choosing control activities is management's design decision"
  }
  criterion "CC5.2" { title = "General controls over technology" }
  criterion "CC5.3" {
    title       = "Control activities deployed through policies and procedures"
    outside_iac = "written policies and procedures live outside the infrastructure"
  }
  criterion "CC6.1" { title = "Logical access security, segmentation and encryption" }
  criterion "CC6.2" { title = "Registering, authorising and removing user credentials" }
  criterion "CC6.3" { title = "Role-based access and least privilege" }
  criterion "CC6.4" {
    title       = "Physical access to facilities is restricted"
    outside_iac = "physical security of data centres is inherited from the cloud provider"
  }
  criterion "CC6.5" {
    title       = "Protections over physical assets end only after data is removed"
    outside_iac = "disposal of physical media is the cloud provider's and the facilities' process"
  }
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
  criterion "CC9.2" {
    title       = "Vendor and business partner risk"
    outside_iac = "vendor assessments and contracts are a process"
  }
  criterion "A1.1" { title = "Capacity is monitored and planned" }
  criterion "A1.2" { title = "Backup, recovery infrastructure and environmental protection" }
  criterion "A1.3" {
    title       = "Recovery plan procedures are tested"
    outside_iac = "a restore test is an activity with a record, not a configuration"
  }
  criterion "C1.1" { title = "Confidential information is identified and protected" }
  criterion "C1.2" { title = "Confidential information is disposed of" }
  criterion "PI1.1" {
    title       = "Information about processing objectives is defined and used"
    outside_iac = "data definitions and processing specifications are documentation"
  }
  criterion "PI1.2" {
    title       = "System inputs are complete and accurate"
    outside_iac = "input validation happens in application code and procedures"
  }
  criterion "PI1.3" {
    title       = "System processing is complete, accurate and timely"
    outside_iac = "processing accuracy is tested in the application, not the infrastructure"
  }
  criterion "PI1.4" { title = "Processing outputs are delivered completely and accurately" }
  criterion "PI1.5" { title = "Inputs, items in processing and outputs are stored completely" }
  criterion "P1.1" {
    title       = "Privacy notice"
    outside_iac = "privacy notices are documents given to data subjects"
  }
  criterion "P2.1" {
    title       = "Choice and consent"
    outside_iac = "consent is collected and recorded by the application"
  }
  criterion "P3.1" {
    title       = "Personal information is collected for identified purposes"
    outside_iac = "collection practices are application and process design"
  }
  criterion "P3.2" {
    title       = "Explicit consent for sensitive personal information"
    outside_iac = "consent is collected and recorded by the application"
  }
  criterion "P4.1" {
    title       = "Personal information is used for identified purposes"
    outside_iac = "use of data is governed by process and application logic"
  }
  criterion "P4.2" {
    title       = "Personal information is retained as long as needed"
    outside_iac = "retention schedules are policy; lifecycle rules carry only part of them"
  }
  criterion "P4.3" {
    title       = "Personal information is disposed of securely"
    outside_iac = "disposal of personal information is a records process"
  }
  criterion "P5.1" {
    title       = "Data subjects can access their personal information"
    outside_iac = "access requests are handled by a process"
  }
  criterion "P5.2" {
    title       = "Data subjects can correct their personal information"
    outside_iac = "correction requests are handled by a process"
  }
  criterion "P6.1" {
    title       = "Disclosure to third parties with consent"
    outside_iac = "disclosure is governed by contracts and process"
  }
  criterion "P6.2" {
    title       = "Record of authorised disclosures"
    outside_iac = "disclosure records are kept by a process"
  }
  criterion "P6.3" {
    title       = "Record of unauthorised disclosures"
    outside_iac = "breach records are kept by a process"
  }
  criterion "P6.4" {
    title       = "Privacy commitments of vendors and third parties"
    outside_iac = "vendor privacy commitments are contractual"
  }
  criterion "P6.5" {
    title       = "Third parties report unauthorised disclosures"
    outside_iac = "vendor notification duties are contractual"
  }
  criterion "P6.6" {
    title       = "Breach notification to affected data subjects"
    outside_iac = "breach notification is an incident process"
  }
  criterion "P6.7" {
    title       = "Accounting of personal information held and disclosed"
    outside_iac = "answering data subjects' requests is a process"
  }
  criterion "P7.1" {
    title       = "Personal information is accurate and complete"
    outside_iac = "data quality is maintained by the application and its users"
  }
  criterion "P8.1" {
    title       = "Privacy inquiries, complaints and disputes are handled"
    outside_iac = "complaint handling is a process"
  }
}
