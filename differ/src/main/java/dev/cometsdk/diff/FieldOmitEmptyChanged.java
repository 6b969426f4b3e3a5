package dev.cometsdk.diff;

import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.List;

/**
 * Whether an empty value is left out of the JSON changed. A missing key and an empty value read
 * the same, so readers on either side see the same data.
 */
final class FieldOmitEmptyChanged extends DiffRule {
  FieldOmitEmptyChanged() {
    super("field-omit-empty-changed", Area.FIELD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration.Struct> struct : context.commonStructs()) {
      String name = struct.after().name();
      for (DiffContext.Pair<Field> field : DiffContext.commonFields(struct)) {
        if (field.before().omitEmpty() != field.after().omitEmpty()) {
          changes.add(change(name + "." + field.after().name(), "omitEmpty=" + field.before().omitEmpty(),
              "omitEmpty=" + field.after().omitEmpty(), Verdicts.ALL_COMPATIBLE, ChangeSeverity.INFO,
              field.after().omitEmpty() ? "empty values are now left out of the JSON"
                  : "empty values are now written to the JSON", context.usages(name)));
        }
      }
    }
  }
}
