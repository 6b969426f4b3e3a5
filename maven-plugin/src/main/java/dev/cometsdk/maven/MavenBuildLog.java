package dev.cometsdk.maven;

import dev.cometsdk.run.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The build steps' progress, sent to Maven's log. */
final class MavenBuildLog implements BuildLog {
  private final Log log;

  MavenBuildLog(Log log) {
    this.log = log;
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }
}
