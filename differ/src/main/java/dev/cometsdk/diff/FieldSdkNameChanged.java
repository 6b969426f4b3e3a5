package dev.cometsdk.diff;

import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.List;

/**
 * A field keeps its JSON key but has another SDK name (as in 23.9.2): nothing changes on the wire,
 * but the Java getter and setter are renamed unless both names map to the same Java name.
 */
final class FieldSdkNameChanged extends DiffRule {
  FieldSdkNameChanged() {
    super("field-sdk-name-changed", Area.FIELD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration.Struct> struct : context.commonStructs()) {
      String name = struct.after().name();
      for (DiffContext.Pair<Field> field : DiffContext.commonFields(struct)) {
        if (field.before().name().equals(field.after().name())) {
          continue;
        }
        boolean sameJava = context.oldJava.fieldAccessors(struct.before(), field.before())
            .equals(context.newJava.fieldAccessors(struct.after(), field.after()));
        Verdicts verdicts = Verdicts.of(OK, OK, sameJava ? OK : BREAKS);
        changes.add(change(name + "." + field.after().name(), field.before().name(), field.after().name(), verdicts,
            DiffRule.defaultSeverity(verdicts), "the field's SDK name changed; the JSON key "
                + field.after().jsonName() + " stays", context.usages(name)));
      }
    }
  }
}
