package dev.cometsdk.diff;

import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.List;

/**
 * A field's type changed. Judged where the struct travels (requests, responses or both), and by
 * the Java type of its accessors: {@code int} to {@code uint64} keeps Java {@code long}.
 */
final class FieldTypeChanged extends DiffRule {
  FieldTypeChanged() {
    super("field-type-changed", Area.FIELD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration.Struct> struct : context.commonStructs()) {
      String name = struct.after().name();
      for (DiffContext.Pair<Field> field : DiffContext.commonFields(struct)) {
        Field before = field.before();
        Field after = field.after();
        if (before.type().equals(after.type())) {
          continue;
        }
        Verdicts wire = context.wire(before.type(), after.type(), context.direction(name));
        Verdicts verdicts = DiffContext.java(wire, context.oldJava.javaType(before.type()),
            context.newJava.javaType(after.type()), context.oldJava.erasure(before.type()),
            context.newJava.erasure(after.type()));
        changes.add(change(name + "." + after.name(), before.type().toString(), after.type().toString(), verdicts,
            DiffRule.defaultSeverity(verdicts), "the field's type changed", context.usages(name)));
      }
    }
  }
}
