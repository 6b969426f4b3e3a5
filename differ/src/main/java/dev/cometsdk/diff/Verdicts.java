package dev.cometsdk.diff;

import java.util.Objects;

/**
 * The four verdicts on one change.
 *
 * @param oldClientNewServer on the wire: a client built for the old spec talking to a new server
 * @param newClientOldServer on the wire: a client built for the new spec talking to an old server
 * @param javaSource whether code written against the old generated SDK still compiles against the new one
 * @param javaBinary whether code compiled against the old generated SDK still links and runs with the new jar
 */
public record Verdicts(Compatibility oldClientNewServer, Compatibility newClientOldServer, Compatibility javaSource,
    Compatibility javaBinary) {

  public static final Verdicts ALL_COMPATIBLE = new Verdicts(Compatibility.COMPATIBLE, Compatibility.COMPATIBLE,
      Compatibility.COMPATIBLE, Compatibility.COMPATIBLE);

  public Verdicts {
    Objects.requireNonNull(oldClientNewServer);
    Objects.requireNonNull(newClientOldServer);
    Objects.requireNonNull(javaSource);
    Objects.requireNonNull(javaBinary);
  }

  /** Wire verdicts as given, Java verdicts both {@code java}. */
  public static Verdicts of(Compatibility oldClientNewServer, Compatibility newClientOldServer, Compatibility java) {
    return new Verdicts(oldClientNewServer, newClientOldServer, java, java);
  }

  public Verdicts withJava(Compatibility source, Compatibility binary) {
    return new Verdicts(oldClientNewServer, newClientOldServer, source, binary);
  }

  public Verdicts withWire(Compatibility oldNew, Compatibility newOld) {
    return new Verdicts(oldNew, newOld, javaSource, javaBinary);
  }

  /** The worst of the four. */
  public Compatibility worst() {
    return oldClientNewServer.and(newClientOldServer).and(javaSource).and(javaBinary);
  }

  /** Whether users of the old SDK or of old clients are broken: the old client on a new server, or Java. */
  public boolean breaksExistingUsers() {
    return oldClientNewServer == Compatibility.BREAKING || javaSource == Compatibility.BREAKING
        || javaBinary == Compatibility.BREAKING;
  }

  public boolean breaksJava() {
    return javaSource == Compatibility.BREAKING || javaBinary == Compatibility.BREAKING;
  }
}
