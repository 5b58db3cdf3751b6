package org.attain.adapter.rest.paging;

import java.util.List;
import java.util.function.Function;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;

/** One page of a list as the API shows it, with the size of the whole list. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

  public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapping) {
    return new PageResponse<>(
        page.items().stream().<T>map(mapping).toList(),
        page.request().page(),
        page.request().size(),
        page.total());
  }

  /**
   * The page {@code request} asks for of a list a use case gives whole, for lists that stay short
   * (catalog versions, an organization's metric reports) yet are paged like every other.
   */
  public static <S, T> PageResponse<T> of(
      List<S> whole, PageRequest request, Function<? super S, ? extends T> mapping) {
    int from = (int) Math.min(request.offset(), whole.size());
    int to = Math.min(from + request.size(), whole.size());
    return of(new Page<>(whole.subList(from, to), request, whole.size()), mapping);
  }
}
