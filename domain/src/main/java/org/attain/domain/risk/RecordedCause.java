package org.attain.domain.risk;

import java.util.Locale;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.shared.Guard;

/**
 * A {@link ChangeCause} as the history and the alerts keep it: a stable kind (e.g. {@code
 * person-left}) that clients can sort on, and the sentence the organization's admins read.
 */
public record RecordedCause(String kind, String description) {

  public static final int MAX_KIND_LENGTH = 64;
  public static final int MAX_DESCRIPTION_LENGTH = 500;

  public RecordedCause {
    kind = Guard.text(kind, "cause.kind", MAX_KIND_LENGTH);
    description = Guard.text(description, "cause.description", MAX_DESCRIPTION_LENGTH);
  }

  /** The kind is the cause's type in kebab case, so a new case of the sealed type needs no code. */
  public static RecordedCause of(ChangeCause cause) {
    Guard.present(cause, "cause");
    String kind =
        cause
            .getClass()
            .getSimpleName()
            .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
            .toLowerCase(Locale.ROOT);
    String description = cause.describe();
    return new RecordedCause(
        kind,
        description.length() > MAX_DESCRIPTION_LENGTH
            ? description.substring(0, MAX_DESCRIPTION_LENGTH)
            : description);
  }
}
