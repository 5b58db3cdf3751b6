package org.attain.adapter.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.attain.application.port.out.Notifier;
import org.eclipse.microprofile.config.Config;

/**
 * Chooses the one {@link Notifier} of the service from {@code attain.notifier.kind} when it starts.
 *
 * <p>A producer, not {@code IfBuildProperty} (fixed when the service is built) nor {@code
 * LookupIfProperty} (which only filters {@code Instance} lookups and leaves a plain {@code @Inject
 * Notifier} ambiguous): one packaged service switches by environment variable, and a bad setting
 * stops it at start-up rather than at the first alert.
 */
@ApplicationScoped
public class NotifierSelection {

  @Produces
  @Singleton
  @Startup
  Notifier notifier(
      NotifierConfig config,
      Instance<Mailer> mailer,
      Instance<Vertx> vertx,
      Instance<ObjectMapper> json,
      Config settings) {
    return switch (config.kind()) {
      case MAIL ->
          new MailNotifier(
              mailMocked(settings)
                  ? new MailerTransport(mailer.get())
                  : SmtpTransport.fromConfig(vertx.get(), settings, config.mail()),
              config.mail().messageIdDomain());
      case WEBHOOK ->
          new WebhookNotifier(
              webhook(config.webhook().url()),
              config.webhook().timeout(),
              config.webhook().secret(),
              json.get());
    };
  }

  /** As the Quarkus mailer decides: {@code quarkus.mailer.mock}, else only in dev and test. */
  private static boolean mailMocked(Config settings) {
    return settings
        .getOptionalValue("quarkus.mailer.mock", Boolean.class)
        .orElse(LaunchMode.current().isDevOrTest());
  }

  static URI webhook(Optional<URI> url) {
    URI webhook =
        url.orElseThrow(
            () ->
                new IllegalStateException(
                    "attain.notifier.kind=webhook needs attain.notifier.webhook.url"
                        + " (ATTAIN_NOTIFIER_WEBHOOK_URL)"));
    String scheme = webhook.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalStateException(
          "attain.notifier.webhook.url must be an http or https URL, not " + webhook);
    }
    return webhook;
  }
}
