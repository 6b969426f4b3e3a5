// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.model;

/**
 * The known values of the Comet type {@code CompressMode} ({@code int}).
 *
 * <p>Fields and parameters of this type are Java {@code int}. A newer Comet Server may send a value
 * that is not listed here; it is kept as it is, and sent back unchanged.
 *
 * @since Comet Server 22.6.9
 */
public final class CompressMode {
  /**
   * The Comet constant {@code COMPRESS_DEFAULT} = {@code 4}, defined as {@code COMPRESS_LVL_4}.
   *
   * @since Comet Server 22.5.0
   */
  public static final int COMPRESS_DEFAULT = 4;

  /**
   * The Comet constant {@code COMPRESS_LVL_4} = {@code 4}.
   *
   * @since Comet Server 22.5.0
   */
  public static final int COMPRESS_LVL_4 = 4;

  /**
   * The Comet constant {@code COMPRESS_MAX} = {@code 5}.
   *
   * @since Comet Server 22.5.0
   */
  public static final int COMPRESS_MAX = 5;

  private CompressMode() {
  }
}
