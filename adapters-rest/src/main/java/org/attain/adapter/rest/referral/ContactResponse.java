package org.attain.adapter.rest.referral;

/** The customer's contact, as the partner's admins read it. */
public record ContactResponse(String name, String email, String phone, String company) {}
