package org.attain.adapter.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads ISO dates of the years 0001 to 9999 only: Java reads {@code +999999999-12-31}, which no
 * database stores, so such a date would fail when written instead of being refused as input.
 */
final class CalendarDateDeserializer extends StdScalarDeserializer<LocalDate> {

  static final int FIRST_YEAR = 1;
  static final int LAST_YEAR = 9999;

  CalendarDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
    if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
      return (LocalDate)
          context.handleWeirdStringValue(
              LocalDate.class, parser.getText(), "a date's year must be between 0001 and 9999");
    }
    return date;
  }
}
