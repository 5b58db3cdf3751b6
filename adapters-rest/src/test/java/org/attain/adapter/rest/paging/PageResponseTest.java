package org.attain.adapter.rest.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.attain.application.paging.PageRequest;
import org.junit.jupiter.api.Test;

class PageResponseTest {

  private final List<Integer> whole = List.of(1, 2, 3, 4, 5);

  @Test
  void aWholeListIsPagedWithItsSize() {
    assertThat(PageResponse.of(whole, new PageRequest(1, 2), Function.identity()))
        .isEqualTo(new PageResponse<>(List.of(3, 4), 1, 2, 5));
    assertThat(PageResponse.of(whole, new PageRequest(2, 2), Function.identity()).items())
        .containsExactly(5);
  }

  @Test
  void aPageBeyondTheEndIsEmptyAndStillSaysTheTotal() {
    assertThat(PageResponse.of(whole, new PageRequest(7, 100), Function.identity()))
        .isEqualTo(new PageResponse<>(List.of(), 7, 100, 5));
  }
}
