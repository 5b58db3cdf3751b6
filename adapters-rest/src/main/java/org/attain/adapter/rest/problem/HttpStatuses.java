package org.attain.adapter.rest.problem;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/** Titles and default codes of the HTTP statuses the API answers with. */
final class HttpStatuses {

  private static final Map<Integer, String> TITLES =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(409, "Conflict"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(413, "Content Too Large"),
          Map.entry(414, "URI Too Long"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Content"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(431, "Request Header Fields Too Large"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"));

  private HttpStatuses() {}

  static String title(int status) {
    String title = TITLES.get(status);
    if (title != null) {
      return title;
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null ? known.getReasonPhrase() : "HTTP " + status;
  }

  /** The code of a status that carries no more specific one: "Not Found" gives "not-found". */
  static String code(int status) {
    return title(status).toLowerCase(Locale.ROOT).replace(' ', '-');
  }
}
