package org.attain.domain.evaluation;

import java.util.BitSet;

/**
 * How many persons leaving together would lose something, with one such set of persons by number.
 *
 * @param exact false when the search stopped at its budget: {@code count} is then an upper bound
 */
record Departures(int count, BitSet persons, boolean exact) {}
