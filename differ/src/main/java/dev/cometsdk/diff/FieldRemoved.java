package dev.cometsdk.diff;

import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.List;

/**
 * A struct lost a field. JSON readers tolerate the missing key, but an old client's value is
 * ignored or never arrives; in Java the getter and setter are gone. A new client on an old server
 * is in the position of any client that does not know a field: it keeps the key as an unknown
 * field and sends it back, and a server reads a key it is not sent as empty, which
 * {@link FieldAdded} judges compatible.
 */
final class FieldRemoved extends DiffRule {
  FieldRemoved() {
    super("field-removed", Area.FIELD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration.Struct> struct : context.commonStructs()) {
      String name = struct.after().name();
      for (Field field : struct.before().fields()) {
        boolean kept = struct.after().fieldByJsonName(field.jsonName()).isPresent()
            || DiffContext.sameNameOtherKey(struct.after(), field.name(), field.jsonName()).isPresent();
        if (!kept) {
          Compatibility wire = context.direction(name).isPresent() ? RISKY : OK;
          changes.add(change(name + "." + field.name(), field.type().toString(), null,
              Verdicts.of(wire, OK, BREAKS), ChangeSeverity.BREAKING, "field removed (JSON key " + field.jsonName() + ")",
              context.usages(name)));
        }
      }
    }
  }
}
