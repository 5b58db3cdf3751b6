package org.attain.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import org.attain.adapter.rest.http.UploadSlots;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the HTTP intake ({@code http-uploads} at {@code /q/health/ready}): DOWN while every
 * slot for a request with a body is taken (new writes are then refused with a 503), so that a load
 * balancer sends writes elsewhere until slots free up; UP otherwise, with how many are in use.
 */
@Readiness
@ApplicationScoped
public class UploadsReadiness implements HealthCheck {

  static final String NAME = "http-uploads";

  private final UploadSlots slots;

  UploadsReadiness(UploadSlots slots) {
    this.slots = slots;
  }

  @Override
  public HealthCheckResponse call() {
    int inUse = slots.inUse();
    return HealthCheckResponse.named(NAME)
        .status(inUse < slots.capacity())
        .withData("inUse", inUse)
        .withData("capacity", slots.capacity())
        .build();
  }
}
