package dev.cometsdk.diff;

import dev.cometsdk.spec.TypeDeclaration;
import java.util.List;

/**
 * A struct's class no longer implements the runtime's {@code CometStatusResponse}, because its
 * {@code Status} or {@code Message} field no longer qualifies: {@code Status} became unsigned or
 * took another JSON key, {@code Message} is now declared with an alias, and so on. Each of those
 * keeps the accessors' Java types, so the field rules call it Java-compatible; but code that uses
 * the class as a {@code CometStatusResponse} stops compiling and linking, and the transport no
 * longer turns its {@code Status} of 400 or more into an exception. The wire is judged by the rule
 * of the field change itself.
 */
final class TypeStatusResponseRemoved extends DiffRule {
  TypeStatusResponseRemoved() {
    super("type-status-response-removed", Area.TYPE);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration.Struct> struct : context.commonStructs()) {
      if (context.oldJava.implementsStatusResponse(struct.before())
          && !context.newJava.implementsStatusResponse(struct.after())) {
        String name = struct.after().name();
        Verdicts verdicts = Verdicts.of(OK, OK, BREAKS);
        changes.add(change(name, "implements CometStatusResponse", null, verdicts, DiffRule.defaultSeverity(verdicts),
            "no longer implements CometStatusResponse: Status is no longer a signed long under the key Status, or"
                + " Message no longer a string under the key Message", context.usages(name)));
      }
    }
  }
}
