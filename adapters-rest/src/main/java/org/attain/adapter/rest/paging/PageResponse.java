package org.attain.adapter.rest.paging;

import java.util.List;
import java.util.function.Function;
import org.attain.application.paging.Page;

/** One page of a list as the API shows it, with the size of the whole list. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

  public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapping) {
    return new PageResponse<>(
        page.items().stream().<T>map(mapping).toList(),
        page.request().page(),
        page.request().size(),
        page.total());
  }
}
