package org.attain.application.paging;

import org.attain.domain.shared.Guard;

/** Which page of a list to read: zero-based {@code page} of at most {@link #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  public PageRequest {
    Guard.check(page >= 0, "page", "page must not be negative");
    Guard.check(size >= 1 && size <= MAX_SIZE, "size", "size must be between 1 and " + MAX_SIZE);
  }

  public long offset() {
    return (long) page * size;
  }
}
