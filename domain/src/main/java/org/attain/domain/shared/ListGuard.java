package org.attain.domain.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Guards a list held by a value: present, within size bounds, with no missing element. */
public final class ListGuard {

  private ListGuard() {}

  /**
   * An unmodifiable copy of {@code values}, which must hold {@code min} to {@code max} elements.
   */
  public static <T> List<T> of(List<T> values, String field, int min, int max) {
    Guard.present(values, field);
    // The messages are built only for a refusal: values are guarded on every hot path.
    if (values.size() < min) {
      Guard.check(false, field, field + " must hold at least " + min + " element(s)");
    }
    if (values.size() > max) {
      Guard.check(false, field, field + " must hold at most " + max + " elements");
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        Guard.present(null, FieldPath.element(field, i));
      }
    }
    return List.copyOf(values);
  }

  /** Refuses the first element whose {@code key} repeats an earlier one's, naming that key. */
  public static <T> void distinct(
      List<T> values, Function<T, ?> key, String field, String keyField) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      Object k = key.apply(values.get(i));
      if (!seen.add(k)) {
        String path = FieldPath.element(field, i) + (keyField.isEmpty() ? "" : "." + keyField);
        Guard.check(false, path, path + " repeats " + k);
      }
    }
  }
}
