package org.attain.adapter.notification;

import java.util.Optional;

/**
 * One email to one recipient, as the mail notifier hands it to a transport.
 *
 * @param messageId the {@code Message-ID} header (with its angle brackets), if the email has a
 *     stable one
 */
record Email(String to, String subject, String text, String html, Optional<String> messageId) {}
