package org.attain.domain.referral;

import java.util.Optional;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.Guard;

/**
 * Who to answer about a referral: a name and at least one of an email and a phone number, and the
 * customer's company if they gave it.
 *
 * @param email {@code null} when the customer left only a phone number
 * @param phone {@code null} when the customer left only an email
 * @param company {@code null} when the customer did not name one
 */
public record CustomerContact(String name, EmailAddress email, PhoneNumber phone, String company) {

  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_COMPANY_LENGTH = 200;

  public CustomerContact {
    name = Guard.text(name, "contact.name", MAX_NAME_LENGTH);
    company = company == null ? null : Guard.text(company, "contact.company", MAX_COMPANY_LENGTH);
    Guard.check(
        email != null || phone != null,
        "contact",
        "contact needs an email or a phone number to be answered");
  }

  /** A contact without a company. */
  public CustomerContact(String name, EmailAddress email, PhoneNumber phone) {
    this(name, email, phone, null);
  }

  public Optional<EmailAddress> emailIfGiven() {
    return Optional.ofNullable(email);
  }

  public Optional<PhoneNumber> phoneIfGiven() {
    return Optional.ofNullable(phone);
  }

  public Optional<String> companyIfGiven() {
    return Optional.ofNullable(company);
  }
}
