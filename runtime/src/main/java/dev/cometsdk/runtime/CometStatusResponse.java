package dev.cometsdk.runtime;

/**
 * A response with the {@code Status} and {@code Message} of Comet's
 * {@code CometAPIResponseMessage}. The transport checks it after decoding: a {@code Status} of
 * 400 or more with a message is an error, even under HTTP 200.
 */
public interface CometStatusResponse {

    /**
     * The {@code Status} field.
     *
     * @return 200 on success
     */
    long getStatus();

    /**
     * The {@code Message} field.
     *
     * @return the message, possibly null or empty
     */
    String getMessage();
}
