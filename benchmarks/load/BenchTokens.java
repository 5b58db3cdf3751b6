import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Scanner;
import java.util.UUID;

/**
 * Development tokens in bulk for the load benchmark (benchmarks/load/run): the same RS256 tokens as
 * {@code ./attain token} (bootstrap's DevTokens: issuer attain-dev, signed with dev/jwt's key, valid
 * 8 hours), but one JVM for thousands of them, since every person moved or associated needs their
 * own. Run from the repository root with the JDK alone:
 *
 * <pre>
 * java benchmarks/load/BenchTokens.java agent
 * java benchmarks/load/BenchTokens.java partner-admin ORG_ID
 * java benchmarks/load/BenchTokens.java persons &lt; ids   # prints "ID TOKEN" per line read
 * </pre>
 */
public final class BenchTokens {

  private static final Path KEY = Path.of("dev", "jwt", "private-key.pem");
  private static final long VALIDITY_SECONDS = 8 * 3600;

  public static void main(String[] args) throws Exception {
    PrivateKey key = privateKey();
    switch (args.length == 0 ? "" : args[0]) {
      case "agent" -> System.out.println(sign(key, claims("agent-bench", "agent", null)));
      case "partner-admin" ->
          System.out.println(
              sign(key, claims("admin-bench", "partner-admin", UUID.fromString(args[1]))));
      case "persons" -> {
        StringBuilder out = new StringBuilder();
        try (Scanner in = new Scanner(System.in)) {
          while (in.hasNext()) {
            String id = UUID.fromString(in.next()).toString();
            out.append(id).append(' ').append(sign(key, claims(id, "person", null))).append('\n');
          }
        }
        System.out.print(out);
      }
      default -> {
        System.err.println("usage: BenchTokens agent | partner-admin ORG_ID | persons < ids");
        System.exit(2);
      }
    }
  }

  private static String claims(String subject, String role, UUID organization) {
    long now = Instant.now().getEpochSecond();
    return "{\"iss\":\"attain-dev\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\""
        + ",\"groups\":[\"" + role + "\"],\"iat\":" + (now - 120)
        + ",\"exp\":" + (now + VALIDITY_SECONDS) + ",\"jti\":\"" + UUID.randomUUID() + "\""
        + (organization == null ? "" : ",\"org\":\"" + organization + "\"") + "}";
  }

  private static String sign(PrivateKey key, String claims) throws Exception {
    String input = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(key);
    rsa.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
  }

  private static PrivateKey privateKey() throws Exception {
    String pem = Files.readString(KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
