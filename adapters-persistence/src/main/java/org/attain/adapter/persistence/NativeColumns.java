package org.attain.adapter.persistence;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reads the columns of a native query's row, whose Java types differ between drivers: H2 answers a
 * UUID as its 16 bytes and PostgreSQL as a {@link UUID}; a date as {@link java.sql.Date} or {@link
 * LocalDate}.
 */
public final class NativeColumns {

  private NativeColumns() {}

  public static UUID uuid(Object column) {
    if (column instanceof byte[] bytes) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return (UUID) column;
  }

  public static LocalDate date(Object column) {
    return column instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) column;
  }
}
