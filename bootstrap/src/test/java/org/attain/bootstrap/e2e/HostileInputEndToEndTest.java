package org.attain.bootstrap.e2e;

import static org.attain.bootstrap.support.Api.BASE;
import static org.attain.bootstrap.support.Api.as;
import static org.attain.bootstrap.support.Api.associate;
import static org.attain.bootstrap.support.Api.createOrganization;
import static org.attain.bootstrap.support.Api.createPerson;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.attain.bootstrap.support.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed JSON, wrong types, oversize strings, unknown fields, unknown enum values and unknown
 * ids on every endpoint: each gets a 4xx problem+json with a stable code, never a 500.
 */
@QuarkusTest
class HostileInputEndToEndTest {

  private static final String LONG = "x".repeat(5_000);
  private static final UUID NOBODY = UUID.randomUUID();

  /** Stored once, when the application is up; paths name them as {org} and {person}. */
  private static UUID organization;

  private static UUID person;

  /** Who sends a request, resolved once the stored data exists. */
  enum Caller {
    AGENT,
    THE_PERSON,
    THE_ADMIN,
    UNKNOWN_PERSON;

    String token() {
      return switch (this) {
        case AGENT -> DevTokens.agent();
        case THE_PERSON -> DevTokens.person(person);
        case THE_ADMIN -> DevTokens.partnerAdmin(organization);
        case UNKNOWN_PERSON -> DevTokens.person(NOBODY);
      };
    }
  }

  /** One endpoint taking a JSON body, with a valid body to spoil. */
  record BodyEndpoint(Method method, String path, Caller caller, String validBody) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @BeforeEach
  void someExistingData() {
    if (organization == null) {
      organization = createOrganization("Hostile Input Ltd");
      person = createPerson("Ivo Alves");
      associate(person, organization).statusCode(200);
    }
  }

  static List<BodyEndpoint> bodyEndpoints() {
    return List.of(
        new BodyEndpoint(
            Method.POST,
            "/organizations",
            Caller.AGENT,
            """
            {"name":"N","country":"PT","market":"DEVELOPED","admins":[{"name":"A","email":"a@b.example"}]}"""),
        new BodyEndpoint(
            Method.POST,
            "/persons",
            Caller.AGENT,
            """
            {"name":"N","email":"n@b.example"}"""),
        new BodyEndpoint(
            Method.POST,
            "/persons/{person}/achievements",
            Caller.AGENT,
            """
            {"kind":"EXAM","code":"70-533","earnedOn":"2026-01-01"}"""),
        new BodyEndpoint(
            Method.PUT,
            "/persons/{person}/association",
            Caller.THE_PERSON,
            """
            {"organizationId":"{org}"}"""));
  }

  static Stream<Arguments> spoiledBodies() {
    List<Arguments> cases = new ArrayList<>();
    for (BodyEndpoint endpoint : bodyEndpoints()) {
      String valid = endpoint.validBody();
      String firstField = valid.substring(2, valid.indexOf('"', 2));
      String firstValue = "\"" + firstField + "\":";
      String withFirstValue = firstValue + "\"[^\"]*\"";
      cases.add(
          Arguments.of(
              endpoint,
              "malformed JSON",
              valid.substring(0, valid.length() - 3),
              "malformed-json"));
      cases.add(Arguments.of(endpoint, "no body", "", "missing-body"));
      cases.add(Arguments.of(endpoint, "a JSON array", "[]", "invalid-request"));
      cases.add(
          Arguments.of(
              endpoint,
              "a wrong type",
              valid.replaceFirst(withFirstValue, firstValue + "{\"nested\":true}"),
              "invalid-request"));
      cases.add(
          Arguments.of(
              endpoint,
              "an oversize string",
              valid.replaceFirst(withFirstValue, firstValue + "\"" + LONG + "\""),
              null));
      cases.add(
          Arguments.of(
              endpoint,
              "an unknown field",
              valid.replaceFirst("\\{", "{\"isAdmin\":true,"),
              "invalid-request"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("spoiledBodies")
  void spoiledBodiesAreRefusedWithAProblem(
      BodyEndpoint endpoint, String spoiling, String body, String code) {
    ValidatableResponse response =
        expectProblem(
            request(endpoint.caller(), resolve(body))
                .request(endpoint.method(), url(endpoint.path())),
            400);
    if (code != null) {
      response.body("code", equalTo(code));
    }
  }

  static Stream<Arguments> unknownEnumValues() {
    return Stream.of(
        Arguments.of(
            "/organizations",
            """
            {"name":"N","country":"PT","market":"EMERGING","admins":[{"name":"A","email":"a@b.example"}]}""",
            "market"),
        Arguments.of(
            "/persons/{person}/achievements",
            """
            {"kind":"DIPLOMA","code":"70-533","earnedOn":"2026-01-01"}""",
            "kind"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownEnumValues")
  void unknownEnumValuesAreRefusedNamingTheField(String path, String body, String field) {
    expectProblem(request(Caller.AGENT, body).post(url(path)), 400)
        .body("code", equalTo("invalid-request"))
        .body("errors[0].field", equalTo(field));
  }

  @ParameterizedTest
  @MethodSource("datesNoDatabaseStores")
  void datesBeyondTheYear9999AreRefused(String earnedOn) {
    expectProblem(
            request(
                    Caller.AGENT,
                    "{\"kind\":\"EXAM\",\"code\":\"70-533\",\"earnedOn\":\"" + earnedOn + "\"}")
                .post(url("/persons/{person}/achievements")),
            400)
        .body("code", equalTo("invalid-request"))
        .body("errors[0].field", equalTo("earnedOn"));
  }

  static Stream<String> datesNoDatabaseStores() {
    return Stream.of("+999999999-12-31", "+10000-01-01");
  }

  static Stream<Arguments> unknownIds() {
    String exam =
        """
        {"kind":"EXAM","code":"70-533","earnedOn":"2026-01-01"}""";
    return Stream.of(
        Arguments.of(Method.GET, "/organizations/{nobody}", Caller.AGENT, null),
        Arguments.of(Method.GET, "/organizations/{nobody}/persons", Caller.AGENT, null),
        Arguments.of(Method.GET, "/organizations/not-a-uuid", Caller.AGENT, null),
        Arguments.of(Method.GET, "/persons/{nobody}", Caller.AGENT, null),
        Arguments.of(Method.GET, "/persons/not-a-uuid", Caller.AGENT, null),
        Arguments.of(Method.GET, "/persons/{nobody}/achievements", Caller.AGENT, null),
        Arguments.of(Method.POST, "/persons/{nobody}/achievements", Caller.AGENT, exam),
        Arguments.of(
            Method.PUT,
            "/persons/{nobody}/association",
            Caller.UNKNOWN_PERSON,
            "{\"organizationId\":\"{org}\"}"),
        Arguments.of(
            Method.PUT,
            "/persons/{person}/association",
            Caller.THE_PERSON,
            "{\"organizationId\":\"{nobody}\"}"),
        Arguments.of(Method.DELETE, "/persons/{nobody}/association", Caller.UNKNOWN_PERSON, null),
        Arguments.of(
            Method.DELETE, "/organizations/{org}/persons/{nobody}", Caller.THE_ADMIN, null));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unknownIds")
  void unknownIdsAreNotFoundProblems(Method method, String path, Caller caller, String body) {
    expectProblem(request(caller, body).request(method, url(path)), 404)
        .body(
            "code",
            anyOf(equalTo("not-found"), startsWith("organization-"), startsWith("person-")));
  }

  static Stream<String> badPaging() {
    return Stream.of("page=-1&size=10", "page=0&size=0", "page=0&size=101", "page=abc&size=10");
  }

  @ParameterizedTest
  @MethodSource("badPaging")
  void pagingOutOfBoundsIsABadRequest(String query) {
    for (String path : List.of("/organizations?", "/organizations/{org}/persons?")) {
      expectProblem(request(Caller.AGENT, null).get(url(path) + query), 400);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodyEndpoints")
  void bodiesOverTheLimitAreRefusedBeforeBeingRead(BodyEndpoint endpoint) {
    String huge = "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}";
    expectProblem(
            request(endpoint.caller(), huge).request(endpoint.method(), url(endpoint.path())), 413)
        .body("code", equalTo("content-too-large"));
  }

  private static RequestSpecification request(Caller caller, String body) {
    RequestSpecification request = as(caller.token());
    return body == null ? request : request.body(resolve(body));
  }

  private static String url(String path) {
    return BASE + resolve(path);
  }

  private static String resolve(String text) {
    return text.replace("{org}", organization.toString())
        .replace("{person}", person.toString())
        .replace("{nobody}", NOBODY.toString());
  }

  private static ValidatableResponse expectProblem(
      io.restassured.response.Response response, int status) {
    return response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("type", startsWith("urn:attain:problem:"))
        .body("detail", not(containsString("Exception")));
  }
}
