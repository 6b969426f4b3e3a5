package dev.cometsdk.diff;

import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.ArrayList;
import java.util.List;

/** {@code field-deprecated} and {@code field-undeprecated}. */
final class FieldDeprecation extends DeprecationRule {
  FieldDeprecation(boolean added) {
    super("field", Area.FIELD, added);
  }

  @Override
  List<Marked> marks(DiffContext context) {
    List<Marked> marks = new ArrayList<>();
    for (DiffContext.Pair<TypeDeclaration.Struct> struct : context.commonStructs()) {
      for (DiffContext.Pair<Field> field : DiffContext.commonFields(struct)) {
        marks.add(new Marked(struct.after().name() + "." + field.after().name(), field.before().deprecatedSince(),
            field.after().deprecatedSince()));
      }
    }
    return marks;
  }
}
