package org.attain.domain.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.attain.domain.person.PersonId;

/**
 * Numbers the persons 0, 1, 2... in id order, whatever order they were given in, so that matching
 * tries them in a stable order. The ids are sorted as compact keys rather than through the persons,
 * which keeps memory access sequential for large organizations.
 */
final class PersonNumbers {

  private final PersonId[] byNumber;
  private final int[] numberOfGiven;

  PersonNumbers(List<AssociatedPerson> given) {
    IdKey[] keys = new IdKey[given.size()];
    for (int i = 0; i < keys.length; i++) {
      UUID id = given.get(i).person().value();
      keys[i] = new IdKey(id.getMostSignificantBits(), id.getLeastSignificantBits(), i);
    }
    Arrays.sort(keys);
    byNumber = new PersonId[keys.length];
    numberOfGiven = new int[keys.length];
    for (int number = 0; number < keys.length; number++) {
      numberOfGiven[keys[number].given()] = number;
      byNumber[number] = given.get(keys[number].given()).person();
    }
  }

  /** The number of the {@code index}th person given. */
  int numberOf(int index) {
    return numberOfGiven[index];
  }

  PersonId person(int number) {
    return byNumber[number];
  }

  /** A person's id as {@link UUID#compareTo} orders it, with their place in the given list. */
  private record IdKey(long most, long least, int given) implements Comparable<IdKey> {
    @Override
    public int compareTo(IdKey other) {
      int byMost = Long.compare(most, other.most);
      return byMost != 0 ? byMost : Long.compare(least, other.least);
    }
  }
}
