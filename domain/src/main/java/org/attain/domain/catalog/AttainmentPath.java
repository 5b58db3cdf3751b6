package org.attain.domain.catalog;

/** The grouping of competencies into the programme's "centers of excellence". */
public enum AttainmentPath {
  APPLICATION_DEVELOPMENT,
  CLOUD_PLATFORM,
  DATA_MANAGEMENT,
  BUSINESS_APPLICATIONS,
  MOBILITY,
  PRODUCTIVITY
}
