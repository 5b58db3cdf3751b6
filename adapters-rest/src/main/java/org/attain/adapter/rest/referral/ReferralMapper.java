package org.attain.adapter.rest.referral;

import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.RequestFields;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.application.port.in.ManageReferrals;
import org.attain.domain.referral.CustomerContact;
import org.attain.domain.referral.PhoneNumber;
import org.attain.domain.referral.Referral;
import org.attain.domain.shared.EmailAddress;
import org.mapstruct.Mapper;

/** Maps referral requests to the send command and referrals to responses. */
@Mapper(config = MappingConfig.class)
public interface ReferralMapper extends ValueMappings {

  /** By hand: a referral is an aggregate with accessors, not a bean MapStruct can read. */
  default ReferralResponse toResponse(Referral referral) {
    return new ReferralResponse(
        referral.id().value(),
        referral.organization().value(),
        toResponse(referral.contact()),
        referral.need(),
        referral.size(),
        referral.status(),
        referral.receivedOn(),
        referral.answerBy(),
        referral.statusChangedOn());
  }

  default SentReferralResponse toSentResponse(Referral referral) {
    return new SentReferralResponse(
        referral.id().value(),
        referral.organization().value(),
        referral.status(),
        referral.receivedOn(),
        referral.answerBy());
  }

  default ContactResponse toResponse(CustomerContact contact) {
    return new ContactResponse(
        contact.name(),
        contact.emailIfGiven().map(EmailAddress::value).orElse(null),
        contact.phoneIfGiven().map(PhoneNumber::value).orElse(null),
        contact.companyIfGiven().orElse(null));
  }

  /** Each value built at its place, so that a refused one is reported with its JSON path. */
  default ManageReferrals.Send toCommand(SendReferralRequest request) {
    ContactRequest contact = request.contact();
    EmailAddress email =
        contact.email() == null
            ? null
            : RequestFields.at("contact.email", () -> new EmailAddress(contact.email()));
    PhoneNumber phone =
        contact.phone() == null
            ? null
            : RequestFields.at("contact.phone", () -> new PhoneNumber(contact.phone()));
    CustomerContact customer = new CustomerContact(contact.name(), email, phone, contact.company());
    return new ManageReferrals.Send(customer, request.need(), request.size());
  }
}
