package org.attain.adapter.rest.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.attain.domain.organization.OrganizationId;

/**
 * An answer read again and again, mapped and written as JSON once: for each organization, the JSON
 * of the last value the use case gave, reused while it gives an equal one (the same instance, for
 * what the use case keeps). What it answers stays a function of the use case's value, so nothing
 * can go stale here. Written by the application's object mapper, so the bytes are those Jackson
 * would send. At most {@code capacity} organizations; past it, an arbitrary one makes room.
 *
 * @param <V> the use case's value
 */
public final class WrittenAnswers<V> {

  private record Written<V>(V value, byte[] json) {}

  private final Function<V, OrganizationId> organization;
  private final Function<V, ?> response;
  private final ObjectMapper json;
  private final int capacity;
  private final Map<OrganizationId, Written<V>> written = new ConcurrentHashMap<>();

  /**
   * @param organization whose value it is
   * @param response the value mapped to its response body
   */
  public WrittenAnswers(
      Function<V, OrganizationId> organization,
      Function<V, ?> response,
      ObjectMapper json,
      int capacity) {
    this.organization = organization;
    this.response = response;
    this.json = json;
    this.capacity = capacity;
  }

  /** The JSON of {@code value}'s response; the caller must not change the array. */
  public byte[] of(V value) {
    OrganizationId key = organization.apply(value);
    Written<V> found = written.get(key);
    if (found != null && Objects.equals(found.value(), value)) {
      return found.json();
    }
    byte[] bytes = write(response.apply(value));
    if (written.size() >= capacity && !written.containsKey(key)) {
      Iterator<OrganizationId> any = written.keySet().iterator();
      if (any.hasNext()) {
        written.remove(any.next());
      }
    }
    written.put(key, new Written<>(value, bytes));
    return bytes;
  }

  private byte[] write(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }
}
