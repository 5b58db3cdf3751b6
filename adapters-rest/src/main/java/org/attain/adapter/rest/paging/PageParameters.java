package org.attain.adapter.rest.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.attain.application.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of a paged list, checked at the edge. */
public class PageParameters {

  @QueryParam("page")
  @DefaultValue("0")
  @WholeNumber(min = 0, message = "must be a whole number of at least 0")
  @Parameter(
      description = "Zero-based page number",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
  String page;

  @QueryParam("size")
  @DefaultValue("" + PageRequest.DEFAULT_SIZE)
  @WholeNumber(min = 1, max = PageRequest.MAX_SIZE)
  @Parameter(
      description = "Items per page",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "1",
              maximum = "" + PageRequest.MAX_SIZE,
              defaultValue = "" + PageRequest.DEFAULT_SIZE))
  String size;

  public PageParameters() {}

  PageParameters(String page, String size) {
    this.page = page;
    this.size = size;
  }

  /** The request these parameters ask for; call it once they have been validated. */
  public PageRequest toRequest() {
    return new PageRequest(Integer.parseInt(page), Integer.parseInt(size));
  }
}
