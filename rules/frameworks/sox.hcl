# SOX IT general controls, in the four families auditors test under PCAOB AS 2201. SOX itself
# prescribes no technical control; these ids group what an ITGC walkthrough asks of the
# systems that hold financial data.
framework "sox" {
  title = "SOX IT general controls"

  criterion "ITGC-AC" { title = "Access to programs and data: authentication, privileged access, least privilege, network access, protection of data" }
  criterion "ITGC-PC" { title = "Program change: changes are authorised, reviewed, tested and traceable" }
  criterion "ITGC-PD" {
    title       = "Program development: new systems are designed, tested and approved before release"
    outside_iac = "system development life cycle approvals are a process; branch protection and required reviews (ITGC-PC) are the part a configuration shows"
  }
  criterion "ITGC-CO" { title = "Computer operations: monitoring, backup and recovery, incident handling" }
}
