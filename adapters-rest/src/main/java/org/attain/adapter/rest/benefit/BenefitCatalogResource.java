package org.attain.adapter.rest.benefit;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.attain.adapter.rest.Api;
import org.attain.adapter.rest.paging.PageParameters;
import org.attain.adapter.rest.paging.PageResponse;
import org.attain.application.port.in.ManageBenefits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The benefits catalog (R9), public: what each membership and competency level brings. */
@Path(Api.BASE + "/benefits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benefits")
public class BenefitCatalogResource {

  private final ManageBenefits benefits;
  private final BenefitMapper mapper;

  @Inject
  public BenefitCatalogResource(ManageBenefits benefits, BenefitMapper mapper) {
    this.benefits = benefits;
    this.mapper = mapper;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "The benefits catalog (public)",
      description =
          "Every offer in catalog order, the action pack first, with the membership level and"
              + " the competency level it needs.")
  @APIResponse(responseCode = "400", description = "validation-failed: page or size")
  public PageResponse<BenefitOfferResponse> catalog(@Valid @BeanParam PageParameters paging) {
    return PageResponse.of(benefits.catalog().offers(), paging.toRequest(), mapper::toResponse);
  }
}
