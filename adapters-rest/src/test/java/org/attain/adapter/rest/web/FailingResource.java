package org.attain.adapter.rest.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A resource that fails as only a bug would, to see what a client is told. */
@Path("/test/failing")
public class FailingResource {

  @GET
  @PermitAll
  public String fail() {
    throw new IllegalStateException("secret internals at org.attain.Secret");
  }
}
