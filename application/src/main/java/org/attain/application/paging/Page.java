package org.attain.application.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the size of the whole list. */
public record Page<T>(List<T> items, PageRequest request, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
    return new Page<>(items.stream().<R>map(mapping).toList(), request, total);
  }
}
