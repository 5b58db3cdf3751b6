package org.attain.domain.metric;

/**
 * A performance measure an organization reports or that is measured for it. "TTM" values cover the
 * trailing twelve months up to the report's period end.
 */
public enum Metric {
  /** Azure consumption billed with the organization as partner of record. */
  AZURE_CONSUMPTION_USD_TTM(MetricUnit.USD),
  /** Power BI seats the organization is partner of record for. */
  POWER_BI_SEATS(MetricUnit.COUNT),
  /** Active Office 365 users the organization is partner of record for. */
  OFFICE_365_ACTIVE_USERS(MetricUnit.COUNT),
  /** New Office 365 customers won in the trailing twelve months. */
  OFFICE_365_NEW_CUSTOMERS_TTM(MetricUnit.COUNT),
  /** New Enterprise Mobility + Security customers won in the trailing twelve months. */
  EMS_NEW_CUSTOMERS_TTM(MetricUnit.COUNT),
  /** Paid Enterprise Mobility + Security entitlements. */
  EMS_PAID_ENTITLEMENTS(MetricUnit.COUNT),
  /** Surface Hub devices shipped in the trailing twelve months. */
  SURFACE_HUB_DEVICES_SHIPPED_TTM(MetricUnit.COUNT),
  /** 1 while the organization holds authorized device reseller status, 0 otherwise. */
  AUTHORIZED_DEVICE_RESELLER(MetricUnit.COUNT),
  /** Revenue from business applications, cloud and on-premises. */
  REVENUE_USD_TTM(MetricUnit.USD),
  /** Net-new cloud revenue from business applications. */
  CLOUD_REVENUE_USD_TTM(MetricUnit.USD),
  /** Annual license revenue from enterprise resource planning products. */
  ERP_LICENSE_REVENUE_USD_TTM(MetricUnit.USD);

  private final MetricUnit unit;

  Metric(MetricUnit unit) {
    this.unit = unit;
  }

  public MetricUnit unit() {
    return unit;
  }
}
