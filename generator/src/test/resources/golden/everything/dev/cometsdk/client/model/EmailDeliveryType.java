// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.model;

/**
 * The known values of the Comet type {@code EmailDeliveryType} ({@code string}).
 *
 * <p>Fields and parameters of this type are Java {@code String}. A newer Comet Server may send a
 * value that is not listed here; it is kept as it is, and sent back unchanged.
 *
 * @since Comet Server 22.6.9
 */
public final class EmailDeliveryType {
  /**
   * The Comet constant {@code DELIVER_NONE} = {@code ""}.
   *
   * @since Comet Server 25.6.8
   */
  public static final String DELIVER_NONE = "";

  /**
   * The Comet constant {@code DELIVER_SMTP} = {@code "smtp"}.
   *
   * @since Comet Server 25.6.8
   */
  public static final String DELIVER_SMTP = "smtp";

  private EmailDeliveryType() {
  }
}
