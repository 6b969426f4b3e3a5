// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.model;

/**
 * The known values of the Comet type {@code RetentionLevel} ({@code int64}).
 *
 * <p>Fields and parameters of this type are Java {@code long}. A newer Comet Server may send a
 * value that is not listed here; it is kept as it is, and sent back unchanged.
 *
 * @since Comet Server 25.6.8
 */
public final class RetentionLevel {
  /**
   * The Comet constant {@code RETENTION_FOREVER} = {@code 9223372036854775807}.
   *
   * @since Comet Server 25.6.8
   */
  public static final long RETENTION_FOREVER = 9223372036854775807L;

  private RetentionLevel() {
  }
}
