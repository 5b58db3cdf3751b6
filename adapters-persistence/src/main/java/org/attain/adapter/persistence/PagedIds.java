package org.attain.adapter.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.attain.application.paging.PageRequest;

/**
 * Helpers for reading a page as "ids of the page, then the aggregates with their collections":
 * paging over a fetch join would page in memory, and fetching lazily would cost one read each.
 */
public final class PagedIds {

  private PagedIds() {}

  /** The first row of {@code request}, or -1 when the page lies beyond what a query can skip. */
  public static int firstRow(PageRequest request) {
    return request.offset() > Integer.MAX_VALUE ? -1 : (int) request.offset();
  }

  /** {@code fetched} in the order of {@code ids}, the order the page query gave. */
  public static <E> List<E> inPageOrder(List<UUID> ids, List<E> fetched, Function<E, UUID> idOf) {
    return fetched.stream()
        .sorted(Comparator.comparingInt(e -> ids.indexOf(idOf.apply(e))))
        .toList();
  }

  /**
   * The size of the whole list. A page that is not full tells it without counting, unless it is
   * empty past the first page (then the list may have shrunk below the offset).
   */
  public static long total(PageRequest request, int found, LongSupplier count) {
    boolean lastPage = found < request.size() && (found > 0 || request.offset() == 0);
    return lastPage ? request.offset() + found : count.getAsLong();
  }
}
