// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

/**
 * Comet constants that have no type of their own, among them the server version this client was
 * generated from ({@code APPLICATION_VERSION} = {@code 25.6.8}).
 *
 * @since Comet Server 25.6.8
 */
public final class CometConstants {
  /**
   * The Comet constant {@code APPLICATION_VERSION} = {@code "25.6.8"}.
   *
   * @since Comet Server 18.8.1
   */
  public static final String APPLICATION_VERSION = "25.6.8";

  /**
   * The Comet constant {@code APPLICATION_VERSION_MAJOR} = {@code 25}.
   *
   * @since Comet Server 18.8.1
   */
  public static final long APPLICATION_VERSION_MAJOR = 25L;

  /**
   * The Comet constant {@code APPLICATION_VERSION_MINOR} = {@code 6}.
   *
   * @since Comet Server 18.8.1
   */
  public static final long APPLICATION_VERSION_MINOR = 6L;

  /**
   * The Comet constant {@code APPLICATION_VERSION_REVISION} = {@code 8}.
   *
   * @since Comet Server 18.8.1
   */
  public static final long APPLICATION_VERSION_REVISION = 8L;

  /**
   * The Comet constant {@code MAX_SIZE} = {@code 18446744073709551615}.
   *
   * @since Comet Server 25.6.8
   */
  public static final long MAX_SIZE = 0xFFFFFFFFFFFFFFFFL;

  /**
   * The Comet constant {@code UNLIMITED} = {@code -1}.
   *
   * @since Comet Server 25.6.8
   */
  public static final long UNLIMITED = -1L;

  private CometConstants() {
  }
}
