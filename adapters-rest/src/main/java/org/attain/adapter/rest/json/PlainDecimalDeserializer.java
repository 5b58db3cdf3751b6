package org.attain.adapter.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount (a metric's value, a catalog threshold) as a plain decimal only, written as a
 * JSON number or string: digits, optionally a point and more digits, and an optional minus sign
 * that validation then refuses. Jackson would otherwise read {@code 1e5}, {@code "1E+5"}, {@code
 * "+5"} or {@code " 5"} as numbers; none of them is what the API documents.
 */
final class PlainDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

  /** The documented shape of an amount, sign aside (validation refuses negative ones). */
  static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** An amount longer than this is no amount the API holds (15 whole digits and 2 decimals). */
  static final int MAX_LENGTH = 40;

  PlainDecimalDeserializer() {
    super(BigDecimal.class);
  }

  @Override
  public BigDecimal deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT
        && token != JsonToken.VALUE_NUMBER_FLOAT
        && token != JsonToken.VALUE_STRING) {
      return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
    }
    String text = parser.getText();
    if (text.length() > MAX_LENGTH || !PLAIN_DECIMAL.matcher(text).matches()) {
      return (BigDecimal)
          context.handleWeirdStringValue(
              BigDecimal.class,
              text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text,
              "an amount must be a plain decimal such as 15000.00");
    }
    return new BigDecimal(text);
  }
}
