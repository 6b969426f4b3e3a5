// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.requests;

import dev.cometsdk.client.AdminApi;
import java.util.List;

/**
 * The parameters of {@link AdminApi#adminListJobs} (the Comet method {@code AdminListJobs}), for
 * calls that give optional parameters.
 *
 * <p>Create one with {@link #builder(long)}, set the optional parameters you need, then
 * {@link Builder#build()}. An optional parameter that is not set is left out of the request.
 *
 * @since Comet Server 25.6.8
 */
public final class AdminListJobsRequest {
  private final long start;

  private final Long end;

  private final List<Integer> statuses;

  private AdminListJobsRequest(Builder builder) {
    this.start = builder.start;
    this.end = builder.end;
    this.statuses = builder.statuses;
  }

  /**
   * Starts a request with the required parameters.
   *
   * @param start the form field {@code Start} ({@code uint64}, sent as JSON, required)
   * @return a builder for the optional parameters
   */
  public static Builder builder(long start) {
    return new Builder(start);
  }

  /**
   * Returns the form field {@code Start} ({@code uint64}, sent as JSON, required).
   *
   * @return the value
   */
  public long getStart() {
    return start;
  }

  /**
   * Returns the form field {@code End} ({@code uint64}, sent as JSON, optional).
   *
   * @return the value, or null when it is left out
   */
  public Long getEnd() {
    return end;
  }

  /**
   * Returns the form field {@code Statuses} ({@code list&lt;JobStatus&gt;}, sent as JSON,
   * optional).
   *
   * @return the value, or null when it is left out
   */
  public List<Integer> getStatuses() {
    return statuses;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AdminListJobsRequest)) {
      return false;
    }
    AdminListJobsRequest that = (AdminListJobsRequest) other;
    return start == that.start
        && java.util.Objects.equals(end, that.end)
        && java.util.Objects.equals(statuses, that.statuses);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(start,
        end,
        statuses);
  }

  /**
   * Describes this request for logs; secrets are printed as {@code (redacted)}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "AdminListJobsRequest{"
        + "Start=" + start
        + ", End=" + end
        + ", Statuses=" + statuses
        + "}";
  }

  /**
   * Collects the parameters of a {@link AdminListJobsRequest}.
   */
  public static final class Builder {
    private final long start;

    private Long end;

    private List<Integer> statuses;

    private Builder(long start) {
      this.start = start;
    }

    /**
     * Sets the form field {@code End} ({@code uint64}, sent as JSON, optional).
     *
     * @param end the value; null leaves the parameter out
     * @return this builder
     * @since Comet Server 25.6.8
     */
    public Builder end(Long end) {
      this.end = end;
      return this;
    }

    /**
     * Sets the form field {@code Statuses} ({@code list&lt;JobStatus&gt;}, sent as JSON, optional).
     *
     * @param statuses the value; null leaves the parameter out
     * @return this builder
     * @since Comet Server 25.6.8
     */
    public Builder statuses(List<Integer> statuses) {
      this.statuses = statuses;
      return this;
    }

    /**
     * Creates the request.
     *
     * @return an immutable request
     */
    public AdminListJobsRequest build() {
      return new AdminListJobsRequest(this);
    }
  }
}
