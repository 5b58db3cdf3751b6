package org.attain.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.attain.application.port.out.NotificationFailedException;
import org.attain.application.port.out.Notifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook notifier, chosen by configuration, against an HTTP server in the test JVM. */
@QuarkusTest
@WithTestResource(WebhookReceiver.class)
class WebhookNotifierTest extends NotifierContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject Notifier notifier;
  WebhookReceiver receiver;

  @Override
  Notifier notifier() {
    return notifier;
  }

  /** A receiver fans one request out to the recipients it names. */
  @Override
  List<Delivery> deliveriesTo(String recipient) {
    return receiver.requests().stream()
        .map(request -> json(request.body()))
        .filter(body -> texts(body.get("recipients")).contains(recipient))
        .map(
            body ->
                new Delivery(
                    body.get("subject").asText(),
                    body.get("headline").asText()
                        + "\n"
                        + String.join("\n", texts(body.get("details")))))
        .toList();
  }

  @Override
  void emptyTransport() {
    receiver.reset();
  }

  @Override
  void takeTransportDown() {
    receiver.shutDown();
  }

  @Override
  void bringTransportBack() {
    receiver.restart();
  }

  @Test
  void configurationChoosesTheWebhookNotifier() {
    assertThat(notifier).isInstanceOf(WebhookNotifier.class);
  }

  @Test
  void postsOneJsonDocumentWithTheWholeNotification() {
    notifier.send(renewalAtRisk(ana, bo));

    assertThat(receiver.requests()).hasSize(1);
    WebhookReceiver.Request request = receiver.requests().getFirst();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(WebhookReceiver.PATH);
    assertThat(request.contentType()).isEqualTo("application/json");
    JsonNode body = json(request.body());
    assertThat(texts(body.get("recipients"))).containsExactly(ana, bo);
    assertThat(body.get("subject").asText()).isEqualTo(SUBJECT);
    assertThat(body.get("headline").asText()).isEqualTo(HEADLINE);
    assertThat(texts(body.get("details"))).isEqualTo(DETAILS);
  }

  @Test
  void signsTheBodyWithTheSharedSecret() throws Exception {
    notifier.send(renewalAtRisk(ana));

    WebhookReceiver.Request request = receiver.requests().getFirst();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(WebhookReceiver.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of().formatHex(mac.doFinal(request.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(request.signature()).isEqualTo("sha256=" + expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {302, 400, 404, 500, 503})
  void anAnswerOtherThan2xxIsAFailureToRetry(int status) {
    receiver.answerWith(status);

    assertThatThrownBy(() -> notifier.send(renewalAtRisk(ana)))
        .isInstanceOf(NotificationFailedException.class)
        .hasMessageContaining("HTTP " + status);
  }

  @Test
  void aReceiverThatAnswersTooLateIsAFailureToRetry() {
    receiver.answerAfter(WebhookReceiver.TIMEOUT.plusSeconds(2));

    assertThatThrownBy(() -> notifier.send(renewalAtRisk(ana)))
        .isInstanceOf(NotificationFailedException.class)
        .hasMessageContaining("could not reach");
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
