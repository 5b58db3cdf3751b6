package org.attain.adapter.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.NotificationFailedException;
import org.attain.application.port.out.Notifier;
import org.attain.domain.shared.EmailAddress;

/**
 * Delivers each notification as one JSON POST to a configured URL (a chat, ticketing or mail relay
 * that fans it out to the recipients it names). Only a 2xx answer counts as delivered.
 *
 * <p>With a shared secret, each request carries {@value #SIGNATURE_HEADER}: {@code sha256=} and the
 * hex HMAC-SHA256 of the body, so the receiver can tell Attain's posts from anyone else's.
 */
public class WebhookNotifier implements Notifier {

  /** The JSON body: the notification as it is, recipients as plain addresses. */
  record Payload(List<String> recipients, String subject, String headline, List<String> details) {

    static Payload of(Notification notification) {
      return new Payload(
          notification.recipients().stream().map(EmailAddress::value).toList(),
          notification.subject(),
          notification.headline(),
          notification.details());
    }
  }

  static final String SIGNATURE_HEADER = "X-Attain-Signature";
  private static final String HMAC = "HmacSHA256";

  private final URI url;
  private final Duration timeout;
  private final Optional<SecretKeySpec> signingKey;
  private final ObjectMapper json;
  private final HttpClient http;

  public WebhookNotifier(URI url, Duration timeout, Optional<String> secret, ObjectMapper json) {
    this.url = url;
    this.timeout = timeout;
    this.signingKey =
        secret.map(text -> new SecretKeySpec(text.getBytes(StandardCharsets.UTF_8), HMAC));
    this.json = json;
    // HTTP/1.1: no h2c upgrade dance with plain-HTTP receivers. No redirects: a POST that is
    // redirected has not been delivered.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public void send(Notification notification) {
    byte[] body = body(notification);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    signingKey.ifPresent(key -> request.header(SIGNATURE_HEADER, "sha256=" + hmac(key, body)));
    int status;
    try {
      status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new NotificationFailedException("could not reach the webhook " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotificationFailedException("interrupted while posting to the webhook " + url, e);
    }
    if (status < 200 || status > 299) {
      throw new NotificationFailedException(
          "the webhook " + url + " answered HTTP " + status, null);
    }
  }

  private byte[] body(Notification notification) {
    try {
      return json.writeValueAsBytes(Payload.of(notification));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a notification is always serializable", e);
    }
  }

  private static String hmac(SecretKeySpec key, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC); // not thread-safe, so one per request
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK provides " + HMAC, e);
    }
  }
}
