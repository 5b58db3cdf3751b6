package org.attain.bootstrap.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Mints RS256 access tokens signed with the development key, which only the {@code local}, {@code
 * dev} and {@code test} profiles trust. Runs with the JDK alone, so newcomers use it from the
 * repository root without a build:
 *
 * <pre>
 * java bootstrap/src/test/java/org/attain/bootstrap/support/DevTokens.java agent
 * java bootstrap/src/test/java/org/attain/bootstrap/support/DevTokens.java partner-admin ORG_ID
 * java bootstrap/src/test/java/org/attain/bootstrap/support/DevTokens.java person PERSON_ID
 * </pre>
 */
public final class DevTokens {

  public static final String ISSUER = "attain-dev";
  private static final Path KEY = Path.of("dev", "jwt", "private-key.pem");

  private DevTokens() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: DevTokens agent | partner-admin ORG_ID | person PERSON_ID");
      System.exit(2);
    }
    String token =
        switch (args[0]) {
          case "agent" -> agent();
          case "partner-admin" -> partnerAdmin(UUID.fromString(args[1]));
          case "person" -> person(UUID.fromString(args[1]));
          default -> throw new IllegalArgumentException("unknown role " + args[0]);
        };
    System.out.println(token);
  }

  public static String agent() {
    return sign(claims("agent-" + UUID.randomUUID(), "agent", null, Duration.ofHours(8)));
  }

  public static String partnerAdmin(UUID organization) {
    return sign(
        claims("admin-" + UUID.randomUUID(), "partner-admin", organization, Duration.ofHours(8)));
  }

  public static String person(UUID person) {
    return sign(claims(person.toString(), "person", null, Duration.ofHours(8)));
  }

  /** A token that expired an hour ago. */
  public static String expiredAgent() {
    return sign(claims("agent-expired", "agent", null, Duration.ofHours(-1)));
  }

  /** A well-formed token with no signature at all ({@code alg: none}). */
  public static String unsignedAgent() {
    String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    return header
        + "."
        + encode(claims("agent-unsigned", "agent", null, Duration.ofHours(1)))
        + ".";
  }

  public static String claims(String subject, String role, UUID organization, Duration validity) {
    Instant now = Instant.now();
    Stream<String> fields =
        Stream.of(
            "\"iss\":\"" + ISSUER + "\"",
            "\"sub\":\"" + subject + "\"",
            "\"upn\":\"" + subject + "\"",
            "\"groups\":[\"" + role + "\"]",
            "\"iat\":" + now.minusSeconds(120).getEpochSecond(),
            "\"exp\":" + now.plus(validity).getEpochSecond(),
            "\"jti\":\"" + UUID.randomUUID() + "\"");
    if (organization != null) {
      fields = Stream.concat(fields, Stream.of("\"org\":\"" + organization + "\""));
    }
    return fields.collect(Collectors.joining(",", "{", "}"));
  }

  public static String sign(String claims) {
    String signingInput = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(privateKey());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign a development token", e);
    }
  }

  private static PrivateKey privateKey() throws Exception {
    Path key =
        List.of(KEY, Path.of("..").resolve(KEY)).stream()
            .filter(Files::exists)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("run from the repository root: " + KEY));
    String pem = Files.readString(key).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
