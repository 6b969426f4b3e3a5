package dev.cometsdk.diff;

import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.List;
import java.util.Optional;

/** A field keeps its SDK name but has another JSON key: the Java accessors stay, the wire breaks. */
final class FieldJsonNameChanged extends DiffRule {
  FieldJsonNameChanged() {
    super("field-json-name-changed", Area.FIELD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration.Struct> struct : context.commonStructs()) {
      String name = struct.after().name();
      for (Field before : struct.before().fields()) {
        if (struct.after().fieldByJsonName(before.jsonName()).isPresent()) {
          continue;
        }
        Optional<Field> after = DiffContext.sameNameOtherKey(struct.after(), before.name(), before.jsonName());
        if (after.isPresent()) {
          Compatibility wire = context.direction(name).isPresent() ? BREAKS : OK;
          changes.add(change(name + "." + before.name(), before.jsonName(), after.get().jsonName(),
              Verdicts.of(wire, wire, OK), DiffRule.defaultSeverity(Verdicts.of(wire, wire, OK)),
              "the field's JSON key changed", context.usages(name)));
        }
      }
    }
  }
}
