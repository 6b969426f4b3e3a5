package dev.cometsdk.diff;

/** How a change counts for a CI gate. */
public enum ChangeSeverity {
  /** Breaks code compiled against the old SDK, or old clients talking to the new server. */
  BREAKING,
  /** Could break some users: a new requirement, a changed value, a narrowed range. */
  WARNING,
  /** Growth and bookkeeping: additions, deprecations, version metadata. */
  INFO;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
