package dev.cometsdk.generator;

import dev.cometsdk.spec.Rule;
import dev.cometsdk.spec.SpecLocation;
import dev.cometsdk.spec.ValidationEvent;
import java.util.Objects;

/**
 * A spec element whose Java name is not the one the naming rules would usually give it, because
 * that name would collide (docs/java-names.md): what, where, the usual and the actual name, why.
 *
 * @param element the element as a message names it ({@code parameter 'Request' of method 'AdminFoo'})
 * @param javaKind what the name names in Java ({@code Java method}, {@code getter})
 */
public record Rename(String element, SpecLocation location, String javaKind, String usualName, String javaName,
    String reason) {

  public Rename {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(javaKind, "javaKind");
    Objects.requireNonNull(usualName, "usualName");
    Objects.requireNonNull(javaName, "javaName");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code method 'Close' becomes the Java method 'close_' (not 'close'): 'close' is a method every client has}. */
  public String message() {
    return element + " becomes the " + javaKind + " '" + javaName + "' (not '" + usualName + "'): " + reason;
  }

  /** The warning {@code comet validate} reports for it ({@code name.java-renamed}). */
  public ValidationEvent toWarning() {
    return new ValidationEvent(Rule.NAME_JAVA_RENAMED.id(), Rule.NAME_JAVA_RENAMED.severity(), location, message(),
        "nothing to do: every version of the spec gets the same Java name; rename the element in the spec for"
            + " another one");
  }
}
