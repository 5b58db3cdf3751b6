package org.attain.adapter.rest.referral;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import org.attain.adapter.rest.http.TokenBuckets;
import org.attain.adapter.rest.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits how many referrals one client (by IP address) sends: a flood is answered 429 with
 * Retry-After before its body is even read. The client is the connection's peer, or the address a
 * trusted proxy forwards when {@code quarkus.http.proxy.*} says to trust one.
 *
 * <p>The Quarkiverse Bucket4j extension was the first choice; its only release served here (1.0.5)
 * fails to build on Quarkus 3.33, hence this small bounded bucket per client.
 */
@ApplicationScoped
public class ReferralThrottle {

  private final TokenBuckets buckets;

  @Inject
  ReferralThrottle(
      @ConfigProperty(name = "attain.referrals.throttle.permits", defaultValue = "5") int permits,
      @ConfigProperty(name = "attain.referrals.throttle.period", defaultValue = "PT10M")
          Duration period,
      @ConfigProperty(name = "attain.referrals.throttle.max-clients", defaultValue = "10000")
          int maxClients) {
    this.buckets = new TokenBuckets(permits, period, maxClients, System::nanoTime);
  }

  @ServerRequestFilter
  public Optional<RestResponse<Problem>> throttle(
      ResourceInfo resource, HttpServerRequest request) {
    if (resource.getResourceMethod() == null
        || !resource.getResourceMethod().isAnnotationPresent(Throttled.class)) {
      return Optional.empty();
    }
    String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    return buckets.take(client).stream()
        .mapToObj(seconds -> tooMany(seconds, request.path()))
        .findFirst();
  }

  private static RestResponse<Problem> tooMany(long retryAfterSeconds, String path) {
    return RestResponse.ResponseBuilder.<Problem>create(429)
        .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
        .type(Problem.MEDIA_TYPE)
        .entity(
            Problem.of(
                    429,
                    "too-many-requests",
                    "too many referrals from this client; try again in "
                        + retryAfterSeconds
                        + " seconds")
                .at(path))
        .build();
  }
}
