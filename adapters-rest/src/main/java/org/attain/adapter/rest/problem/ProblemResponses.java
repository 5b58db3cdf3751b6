package org.attain.adapter.rest.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers of every API operation as problem+json: the ones every secured
 * operation can give (401, 403), 404 where the path names something, and any 4xx the operation
 * declares itself.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
      if (path.getValue().getOperations() == null) {
        continue;
      }
      for (Operation operation : path.getValue().getOperations().values()) {
        document(operation, path.getKey().contains("{"));
      }
    }
  }

  private static void document(Operation operation, boolean namesSomething) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      addIfAbsent(responses, "401", "No valid bearer token");
      addIfAbsent(responses, "403", "The token's role or claims do not allow this");
    }
    if (namesSomething) {
      addIfAbsent(responses, "404", "Nothing with this id, or a malformed id");
    }
    if (responses.getAPIResponses() == null) {
      return;
    }
    responses.getAPIResponses().entrySet().stream()
        .filter(response -> response.getKey().startsWith("4"))
        .forEach(response -> response.getValue().setContent(problemContent()));
  }

  private static void addIfAbsent(APIResponses responses, String status, String description) {
    if (!responses.hasAPIResponse(status)) {
      APIResponse response = OASFactory.createAPIResponse().description(description);
      responses.addAPIResponse(status, response);
    }
  }

  private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
  }
}
