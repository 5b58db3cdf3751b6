package org.attain.adapter.rest.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Makes the API read JSON strictly, so that a client's mistake is refused instead of guessed at:
 * unknown fields, duplicate keys, trailing content, numbers or booleans where text is expected,
 * numbers for enum values or dates, empty strings for dates or numbers, fractions where a whole
 * number is expected, booleans for numbers, dates beyond the year 9999 and amounts that are not
 * plain decimals ({@code 1e5}) are all refused with 400, and so is a list longer than its field's
 * {@code Size(max)}, before validation walks its elements.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    apply(mapper);
  }

  /** Last, after Quarkus registers its modules, so that our reading of dates prevails. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  /** Applies the strict reading rules to {@code mapper} and returns it. */
  public static ObjectMapper apply(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("calendar-dates-and-plain-decimals")
            .addDeserializer(LocalDate.class, new CalendarDateDeserializer())
            .addDeserializer(BigDecimal.class, new PlainDecimalDeserializer())
            .setDeserializerModifier(new BoundedCollections()));
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.DateTime)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return mapper;
  }
}
