package org.attain.adapter.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;

/** A list in a request body longer than its field's {@code @Size(max)}, refused while read. */
public final class TooManyElementsException extends MismatchedInputException {

  TooManyElementsException(JsonParser parser, int max) {
    super(parser, "must have at most " + max + " elements", Collection.class);
  }
}
