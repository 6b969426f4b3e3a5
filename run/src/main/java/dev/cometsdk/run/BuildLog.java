package dev.cometsdk.run;

/** Where a build step reports progress: Maven's log, a terminal, or a test's list. */
public interface BuildLog {
  void info(String message);

  void warn(String message);
}
