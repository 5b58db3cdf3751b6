package org.attain.adapter.notification;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;

/**
 * One real SMTP server ({@link LoopbackSmtp}) for the whole Quarkus test application, on a free
 * loopback port. Tests get this object injected to read the mail, stop the server and start it
 * again, or make it fall silent.
 */
public class LoopbackSmtpResource implements QuarkusTestResourceLifecycleManager {

  private final LoopbackSmtp server = new LoopbackSmtp();

  @Override
  public Map<String, String> start() {
    server.start();
    return Map.of(
        "attain.notifier.kind", "mail",
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(server.port()),
        "quarkus.mailer.start-tls", "DISABLED");
  }

  @Override
  public void stop() {
    server.stop();
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(this, new TestInjector.MatchesType(LoopbackSmtpResource.class));
  }

  /** Every message received since the last {@link #purge()}. */
  public List<MimeMessage> received() {
    return server.received().stream().map(LoopbackSmtp.Received::message).toList();
  }

  public void purge() {
    server.purge();
  }

  public void shutDown() {
    server.stop();
  }

  /** The server back on the same port, as after an SMTP server's restart. */
  public void restart() {
    server.start();
  }

  /** The server accepts connections and never says a word, until {@link #endSilence()}. */
  public void fallSilent() {
    server.fallSilent();
  }

  public void endSilence() {
    server.behave();
  }
}
