package org.attain.domain.risk;

/** Whether an organization's admins have seen an alert. */
public enum AlertStatus {
  OPEN,
  ACKNOWLEDGED
}
