package org.attain.application.port.in;

/**
 * R6: sends the outbox's due emails, as the scheduler asks every poll. Run by any number of
 * instances at once: none sends a message another has claimed.
 */
public interface DispatchOutbox {

  /** Sends what is due now, up to the batch size. */
  Dispatched dispatchDue();

  /** What one run did. */
  record Dispatched(int sent, int failed) {}
}
