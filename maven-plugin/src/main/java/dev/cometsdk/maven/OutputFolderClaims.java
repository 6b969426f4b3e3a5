package dev.cometsdk.maven;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.SessionData;

/**
 * Which execution of {@code comet:generate} owns which output folder in one Maven session. Two
 * executions that write to one folder would each remove the other's files on every build (the
 * run removes what its manifest lists and it no longer generates), so the second is refused.
 *
 * <p>The claims live in the repository session's data, which every project of the build shares
 * (also in a parallel build), as a map of JDK types only, so that two versions of this plugin in
 * one build, each in its own class realm, still see each other's claims.
 */
final class OutputFolderClaims {
  private static final String KEY = "dev.cometsdk.maven.outputFolderClaims";

  private OutputFolderClaims() {}

  /**
   * Records that {@code owner} writes to {@code folder}; the same owner may claim it again (a
   * forked lifecycle runs an execution twice).
   *
   * @throws MojoExecutionException naming both executions and the folder when another owner has it
   */
  static void claim(MavenSession session, Path folder, String owner) throws MojoExecutionException {
    String key = folder.toAbsolutePath().normalize().toString();
    String earlier = claims(session.getRepositorySession().getData()).putIfAbsent(key, owner);
    if (earlier != null && !earlier.equals(owner)) {
      throw new MojoExecutionException("Two executions of comet:generate write to one output folder, " + key + ": "
          + earlier + " and " + owner + ". Each would remove the other's files on every build; give each its own"
          + " outputDirectory.");
    }
  }

  @SuppressWarnings("unchecked")
  private static ConcurrentMap<String, String> claims(SessionData data) {
    Object claims = data.get(KEY);
    if (claims == null) {
      // Only one of two executions that get here at once puts its map; both then use that one.
      data.set(KEY, null, new ConcurrentHashMap<String, String>());
      claims = data.get(KEY);
    }
    return (ConcurrentMap<String, String>) claims;
  }
}
