// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.model;

/**
 * The known values of the Comet type {@code JobClassification} ({@code uint64}).
 *
 * <p>Fields and parameters of this type are Java {@code int}. A newer Comet Server may send a value
 * that is not listed here; it is kept as it is, and sent back unchanged.
 *
 * @since Comet Server 22.6.9
 */
public final class JobClassification {
  /**
   * The Comet constant {@code JOB_CLASSIFICATION_BACKUP} = {@code 4001}.
   *
   * @since Comet Server 18.8.1
   */
  public static final int JOB_CLASSIFICATION_BACKUP = 4001;

  private JobClassification() {
  }
}
