package dev.cometsdk.diff;

import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.List;

/**
 * A struct has a new field. Old clients keep it as an unknown field and send it back; old servers
 * ignore it; in Java it is a new getter and setter.
 */
final class FieldAdded extends DiffRule {
  FieldAdded() {
    super("field-added", Area.FIELD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration.Struct> struct : context.commonStructs()) {
      for (Field field : struct.after().fields()) {
        boolean known = struct.before().fieldByJsonName(field.jsonName()).isPresent()
            || DiffContext.sameNameOtherKey(struct.before(), field.name(), field.jsonName()).isPresent();
        if (!known) {
          changes.add(change(struct.after().name() + "." + field.name(), null, field.type().toString(),
              Verdicts.ALL_COMPATIBLE, ChangeSeverity.INFO, "new field (JSON key " + field.jsonName() + ")",
              context.usages(struct.after().name())));
        }
      }
    }
  }
}
