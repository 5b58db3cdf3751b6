package org.attain.benchmark.baseline;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The yardstick of the read scenarios: what serving one organization costs with nothing but Quarkus
 * REST, Jackson and a pooled JDBC connection. One primary-key read of the {@code organization} row,
 * mapped to a small JSON object; {@code 404} when there is no such row (or the id is not a UUID).
 * No transaction beyond the statement's own, no security, no mapping layer.
 */
@Path("/baseline/organizations")
public class BaselineOrganizationResource {

  /** The row as it is served. */
  public record OrganizationRow(
      UUID id, String name, String country, String market, long version) {}

  private static final String BY_ID =
      "SELECT id, name, country, market, version FROM organization WHERE id = ?";

  @Inject AgroalDataSource dataSource;

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public OrganizationRow get(@PathParam("id") String id) throws SQLException {
    UUID organizationId;
    try {
      organizationId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(BY_ID)) {
      statement.setObject(1, organizationId);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new NotFoundException();
        }
        return new OrganizationRow(
            row.getObject(1, UUID.class),
            row.getString(2),
            row.getString(3),
            row.getString(4),
            row.getLong(5));
      }
    }
  }
}
