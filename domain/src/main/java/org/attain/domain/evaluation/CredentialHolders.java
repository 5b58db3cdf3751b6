package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.catalog.Track;
import org.attain.domain.person.PersonId;

/**
 * Who holds which credential on one day. The holders of each code are a bit set over the persons'
 * numbers in id order ({@link PersonNumbers}): working out who holds a track or a qualification is
 * then a few word-wide ANDs and ORs, whatever the size of the organization. Sets handed out are
 * shared and must not be changed.
 */
final class CredentialHolders {

  /** The holders of a retired code past its end of credit: nobody, and never changed. */
  private static final BitSet NOT_CREDITED = new BitSet();

  private final PersonNumbers numbers;
  private final Map<AchievementCode, BitSet> byCode = new HashMap<>();
  private final Map<Qualification, BitSet> byQualification = new HashMap<>();
  private final Map<List<Qualification>, BitSet> byBoth = new HashMap<>();

  CredentialHolders(List<AssociatedPerson> associated, Catalog catalog, LocalDate day) {
    this(associated, catalog, day, Map.of());
  }

  /**
   * @param overridden the credentials agents' overrides count persons as holding (R7); a person not
   *     among {@code associated} gains nothing, and a retired credential still stops counting at
   *     its end of credit
   */
  CredentialHolders(
      List<AssociatedPerson> associated,
      Catalog catalog,
      LocalDate day,
      Map<PersonId, Set<AchievementCode>> overridden) {
    this.numbers = new PersonNumbers(associated);
    Map<AchievementCode, LocalDate> creditEnds = new HashMap<>();
    for (RetiredCredential retired : catalog.retiredCredentials()) {
      creditEnds.put(retired.code(), retired.creditEndsOn());
    }
    for (int i = 0; i < associated.size(); i++) {
      AssociatedPerson person = associated.get(i);
      for (Achievement achievement : person.achievements()) {
        if (achievement.countsOn(day)) {
          credit(achievement.code(), numbers.numberOf(i), day, creditEnds);
        }
      }
      for (AchievementCode code : overridden.getOrDefault(person.person(), Set.of())) {
        credit(code, numbers.numberOf(i), day, creditEnds);
      }
    }
  }

  private void credit(
      AchievementCode code, int number, LocalDate day, Map<AchievementCode, LocalDate> creditEnds) {
    BitSet holders = byCode.computeIfAbsent(code, c -> creditedOn(day, creditEnds.get(c)));
    if (holders != NOT_CREDITED) {
      holders.set(number);
    }
  }

  private static BitSet creditedOn(LocalDate day, LocalDate creditEnd) {
    return creditEnd == null || !day.isAfter(creditEnd) ? new BitSet() : NOT_CREDITED;
  }

  PersonId person(int number) {
    return numbers.person(number);
  }

  /** The persons holding every credential of one of the qualification's tracks. */
  BitSet holders(Qualification qualification) {
    return byQualification.computeIfAbsent(qualification, this::holdersOfAnyTrack);
  }

  /** The persons holding both qualifications. */
  BitSet holders(Qualification qualification, Qualification also) {
    return byBoth.computeIfAbsent(
        List.of(qualification, also),
        key -> {
          BitSet both = (BitSet) holders(qualification).clone();
          both.and(holders(also));
          return both;
        });
  }

  private BitSet holdersOfAnyTrack(Qualification qualification) {
    BitSet anyTrack = new BitSet();
    for (Track track : qualification.tracks()) {
      anyTrack.or(holdersOfTrack(track));
    }
    return anyTrack;
  }

  private BitSet holdersOfTrack(Track track) {
    BitSet all = null;
    for (AchievementCode code : track.codes()) {
      BitSet ofCode = byCode.get(code);
      if (ofCode == null) {
        return new BitSet();
      }
      if (all == null) {
        all = (BitSet) ofCode.clone();
      } else {
        all.and(ofCode);
      }
    }
    return all;
  }
}
