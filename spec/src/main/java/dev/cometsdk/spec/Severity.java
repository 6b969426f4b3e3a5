package dev.cometsdk.spec;

/** How serious a validation event is. Only {@link #ERROR} makes a spec invalid. */
public enum Severity {
  /** The spec cannot be used: nothing downstream may see it. */
  ERROR,
  /** The spec can be used, but something in it is probably a mistake. */
  WARNING,
  /** Information only. */
  NOTE
}
