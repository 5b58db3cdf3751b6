package org.attain.adapter.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.attain.application.port.out.Notifier;

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
  Notifier notifier(NotifierConfig config, Instance<Mailer> mailer, Instance<ObjectMapper> json) {
    return switch (config.kind()) {
      case MAIL -> new MailNotifier(mailer.get());
      case WEBHOOK ->
          new WebhookNotifier(
              webhook(config.webhook().url()),
              config.webhook().timeout(),
              config.webhook().secret(),
              json.get());
    };
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
