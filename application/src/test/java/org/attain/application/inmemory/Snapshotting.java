package org.attain.application.inmemory;

/** An in-memory store whose state can be put back, so that a unit of work can roll it back. */
public interface Snapshotting {

  /** Captures the current state; running the returned action puts that state back. */
  Runnable snapshot();
}
