package org.attain.adapter.rest.problem;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/** Why reading a request's body failed, as far as the client is concerned. */
enum UnreadBody {
  /** The body stopped arriving for longer than the HTTP read timeout. */
  TIMED_OUT,
  /** The connection closed before the body ended. */
  CLIENT_GONE,
  /** Anything else: not the client's doing. */
  OTHER;

  /** The message of the HTTP layer's blocking read when no byte came in time. */
  private static final String READ_TIMED_OUT = "Read timed out";

  static UnreadBody of(IOException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
        return CLIENT_GONE;
      }
      if (cause instanceof IOException && READ_TIMED_OUT.equals(cause.getMessage())) {
        return TIMED_OUT;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return OTHER;
  }
}
