package org.attain.domain.achievement;

/** What a person earned. */
public enum AchievementKind {
  EXAM,
  CERTIFICATION,
  TECHNICAL_ASSESSMENT,
  SALES_ASSESSMENT
}
