package org.attain.adapter.notification;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.MailResult;
import io.vertx.ext.mail.StartTLSOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.Config;

/**
 * SMTP through the Vert.x mail client, with the timeouts the Quarkus mailer does not expose: a
 * connection attempt gives up after the connect timeout, a connection on which the server says
 * nothing for the idle timeout is closed (which fails its send and frees its place in the pool),
 * and a caller waits at most the send timeout for the whole exchange.
 *
 * <p>The server, credentials and TLS mode are the Quarkus mailer's own settings ({@code
 * quarkus.mailer.host}, {@code port}, {@code username}, {@code password}, {@code tls} or {@code
 * ssl}, {@code start-tls}, {@code login}, {@code trust-all}, {@code keep-alive}, {@code
 * max-pool-size}, {@code own-host-name}), read here so that one set of keys configures both.
 */
final class SmtpTransport implements MailTransport {

  private final Vertx vertx;
  private final Context context;
  private final MailConfig mailConfig;
  private final AtomicReference<MailClient> client;
  private final String from;
  private final Duration sendTimeout;

  SmtpTransport(Vertx vertx, MailConfig mailConfig, String from, Duration sendTimeout) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    this.mailConfig = mailConfig;
    this.client = new AtomicReference<>(MailClient.create(vertx, mailConfig));
    this.from = from;
    this.sendTimeout = sendTimeout;
  }

  static SmtpTransport fromConfig(Vertx vertx, Config config, NotifierConfig.Mail timeouts) {
    MailConfig mail = new MailConfig();
    mail.setHostname(
        config.getOptionalValue("quarkus.mailer.host", String.class).orElse("localhost"));
    boolean tls =
        config
            .getOptionalValue("quarkus.mailer.tls", Boolean.class)
            .or(() -> config.getOptionalValue("quarkus.mailer.ssl", Boolean.class))
            .orElse(false);
    mail.setSsl(tls);
    mail.setPort(
        config.getOptionalValue("quarkus.mailer.port", Integer.class).orElse(tls ? 465 : 25));
    mail.setStarttls(
        StartTLSOptions.valueOf(
            config.getOptionalValue("quarkus.mailer.start-tls", String.class).orElse("OPTIONAL")));
    mail.setLogin(
        LoginOption.valueOf(
            config.getOptionalValue("quarkus.mailer.login", String.class).orElse("NONE")));
    config.getOptionalValue("quarkus.mailer.username", String.class).ifPresent(mail::setUsername);
    config.getOptionalValue("quarkus.mailer.password", String.class).ifPresent(mail::setPassword);
    mail.setTrustAll(
        config.getOptionalValue("quarkus.mailer.trust-all", Boolean.class).orElse(false));
    mail.setKeepAlive(
        config.getOptionalValue("quarkus.mailer.keep-alive", Boolean.class).orElse(true));
    mail.setMaxPoolSize(
        config.getOptionalValue("quarkus.mailer.max-pool-size", Integer.class).orElse(10));
    config
        .getOptionalValue("quarkus.mailer.own-host-name", String.class)
        .ifPresent(mail::setOwnHostname);
    mail.setConnectTimeout(Math.toIntExact(timeouts.connectTimeout().toMillis()));
    mail.setIdleTimeout(Math.toIntExact(timeouts.idleTimeout().toMillis()));
    mail.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    String from =
        config
            .getOptionalValue("quarkus.mailer.from", String.class)
            .orElseThrow(
                () -> new IllegalStateException("the mail notifier needs quarkus.mailer.from"));
    return new SmtpTransport(vertx, mail, from, timeouts.sendTimeout());
  }

  @Override
  public void send(Email email) {
    MailMessage message =
        new MailMessage()
            .setFrom(from)
            .setTo(List.of(email.to()))
            .setSubject(email.subject())
            .setText(email.text())
            .setHtml(email.html());
    email.messageId().ifPresent(id -> message.addHeader("Message-ID", id));
    MailClient used = client.get();
    CompletableFuture<MailResult> sent = new CompletableFuture<>();
    // Every use of the client's connection pool runs on one event loop: sends started from many
    // threads at once otherwise left some connections waiting for a greeting already received.
    context.runOnContext(
        ignored ->
            used.sendMail(message)
                .onComplete(
                    result -> {
                      if (result.succeeded()) {
                        sent.complete(result.result());
                      } else {
                        sent.completeExceptionally(result.cause());
                      }
                    }));
    try {
      sent.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      throw new IllegalStateException(String.valueOf(failed.getCause()), failed.getCause());
    } catch (TimeoutException timedOut) {
      replace(used);
      throw new IllegalStateException("the mail server did not answer within " + sendTimeout);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending", interrupted);
    }
  }

  /** A fresh client instead of {@code stale}, unless another send replaced it already. */
  private void replace(MailClient stale) {
    if (client.compareAndSet(stale, MailClient.create(vertx, mailConfig))) {
      vertx.setTimer(Math.max(1, sendTimeout.toMillis()), ignored -> stale.close());
    }
  }
}
