package org.attain.adapter.rest.security;

/** The roles a token grants in its {@code groups} claim. */
public final class Roles {

  /** Programme staff. */
  public static final String AGENT = "agent";

  /** An admin of the organization named by the token's {@code org} claim. */
  public static final String PARTNER_ADMIN = "partner-admin";

  /** A person acting on their own account, named by the token's {@code sub}. */
  public static final String PERSON = "person";

  private Roles() {}
}
