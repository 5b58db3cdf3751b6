package org.attain.application.inmemory;

import java.util.List;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;

/** Cuts one page out of a fully sorted list. */
final class Paging {

  private Paging() {}

  static <T> Page<T> page(List<T> sorted, PageRequest request) {
    int from = (int) Math.min(request.offset(), sorted.size());
    int to = Math.min(from + request.size(), sorted.size());
    return new Page<>(sorted.subList(from, to), request, sorted.size());
  }
}
