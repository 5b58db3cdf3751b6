package org.attain.domain.referral;

import java.util.Optional;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.Guard;

/**
 * Who to answer about a referral: a name and at least one of an email and a phone number.
 *
 * @param email {@code null} when the customer left only a phone number
 * @param phone {@code null} when the customer left only an email
 */
public record CustomerContact(String name, EmailAddress email, PhoneNumber phone) {

  public static final int MAX_NAME_LENGTH = 200;

  public CustomerContact {
    name = Guard.text(name, "contact.name", MAX_NAME_LENGTH);
    Guard.check(
        email != null || phone != null,
        "contact",
        "contact needs an email or a phone number to be answered");
  }

  public Optional<EmailAddress> emailIfGiven() {
    return Optional.ofNullable(email);
  }

  public Optional<PhoneNumber> phoneIfGiven() {
    return Optional.ofNullable(phone);
  }
}
