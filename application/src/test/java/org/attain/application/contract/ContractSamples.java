package org.attain.application.contract;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.person.AssociationPolicy;
import org.attain.domain.person.Person;
import org.attain.domain.shared.EmailAddress;

/**
 * Fresh sample aggregates for the contract tests. The stores under test may be shared databases
 * that are never emptied, so every name and email is unique to the call, and names use lower-case
 * letters and digits only: they sort the same under any database collation as in Java.
 */
public final class ContractSamples {

  /** A policy that never refuses, so tests can build any association history quickly. */
  public static final AssociationPolicy UNLIMITED =
      new AssociationPolicy(Integer.MAX_VALUE, Period.ZERO, Period.ZERO);

  public static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  private ContractSamples() {}

  /** A random token of lower-case hex digits, unique to the call. */
  public static String token() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  public static EmailAddress freshEmail() {
    return new EmailAddress("p" + token() + "@example.org");
  }

  /** A fresh email of the longest length allowed, {@value EmailAddress#MAX_LENGTH} characters. */
  public static EmailAddress longestEmail() {
    String local = token() + "a".repeat(48);
    String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(63) + ".org";
    return new EmailAddress(local + "@" + domain);
  }

  /** A text of exactly {@code length} characters, with accents a database must keep. */
  public static String longText(String start, int length) {
    String accented = start + " São Tomé Ção ";
    return accented + "x".repeat(length - accented.length());
  }

  public static Organization organizationNamed(String name) {
    return Organization.register(
        name,
        new CountryCode("BR"),
        Market.DEVELOPING,
        List.of(
            new AdminContact("Ana Admin", new EmailAddress("ana" + token() + "@example.com")),
            new AdminContact("Bruno Admin", new EmailAddress("bruno" + token() + "@example.com"))));
  }

  public static Organization anOrganization() {
    return organizationNamed("org" + token());
  }

  public static Person personNamed(String name) {
    return Person.register(name, freshEmail());
  }

  public static Person aPerson() {
    return personNamed("person" + token());
  }
}
