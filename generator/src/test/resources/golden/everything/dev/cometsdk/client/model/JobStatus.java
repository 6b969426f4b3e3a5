// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.model;

/**
 * The known values of the Comet type {@code JobStatus} ({@code uint64}).
 *
 * <p>Fields and parameters of this type are Java {@code int}. A newer Comet Server may send a value
 * that is not listed here; it is kept as it is, and sent back unchanged.
 *
 * @since Comet Server 22.6.9
 */
public final class JobStatus {
  /**
   * The Comet constant {@code JOB_STATUS_OLD} = {@code 6999}.
   *
   * @deprecated Marked deprecated by Comet (Unused); kept so that existing code keeps compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  public static final int JOB_STATUS_OLD = 6999;

  /**
   * The Comet constant {@code JOB_STATUS_RUNNING} = {@code 6001}.
   *
   * @since Comet Server 25.6.8
   */
  public static final int JOB_STATUS_RUNNING = 6001;

  private JobStatus() {
  }
}
