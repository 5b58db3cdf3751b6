package org.attain.domain.catalog;

import java.util.Arrays;
import java.util.List;
import org.attain.domain.shared.ListGuard;

/**
 * What qualifies a person for a slot: holding every credential of any one of the tracks. Plain
 * alternatives ("one of 70-532, 70-533...") are tracks of one credential each.
 */
public record Qualification(List<Track> tracks) {

  public static final int MAX_TRACKS = 50;

  public Qualification {
    tracks = ListGuard.of(tracks, "tracks", 1, MAX_TRACKS);
    ListGuard.distinct(tracks, t -> t, "tracks", "");
  }

  /** Any one of {@code codes}. */
  public static Qualification anyOf(String... codes) {
    return new Qualification(Arrays.stream(codes).map(Track::of).toList());
  }

  /** Every credential of any one of {@code tracks}. */
  public static Qualification tracks(Track... tracks) {
    return new Qualification(List.of(tracks));
  }
}
