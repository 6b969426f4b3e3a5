package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The differ: two validated specs in, every change between them out, each judged by the rule that
 * found it. A pure function of its inputs; reports and gates are built on its result.
 */
public final class SpecDiffer {
  /** The rules, in catalogue order; docs/compatibility-rules.md documents each by id. */
  static List<DiffRule> rules() {
    return List.of(
        new MethodAdded(), new MethodRemoved(), new MethodPathChanged(), new MethodHttpMethodChanged(),
        new MethodContentTypeChanged(), new MethodAuthChanged(), new MethodRoleAdded(), new MethodRoleRemoved(),
        new MethodRestrictionChanged(), new MethodReturnTypeChanged(), new MethodDeprecation(true),
        new MethodDeprecation(false),
        new ParamAddedRequired(), new ParamAddedOptional(), new ParamRemoved(), new ParamReordered(),
        new ParamTypeChanged(), new ParamOptionalToRequired(), new ParamRequiredToOptional(),
        new ParamWireNameChanged(), new ParamEncodingChanged(), new ParamServerUrlDefaultChanged(),
        new TypeAdded(), new TypeRemoved(), new TypeKindChanged(), new TypeStatusResponseRemoved(),
        new AliasTargetChanged(), new AliasJavaTypeChanged(),
        new TypeDeprecation(true), new TypeDeprecation(false),
        new FieldAdded(), new FieldRemoved(), new FieldTypeChanged(), new FieldJsonNameChanged(),
        new FieldSdkNameChanged(), new FieldOmitEmptyChanged(), new FieldDeprecation(true), new FieldDeprecation(false),
        new ConstantAdded(), new ConstantRemoved(), new ConstantValueChanged(), new ConstantTypeChanged(),
        new ConstantValueRefChanged(), new ConstantDeprecation(true), new ConstantDeprecation(false),
        new VersionMetadataChanged());
  }

  /** Every rule id, in catalogue order. */
  public static List<String> ruleIds() {
    return rules().stream().map(DiffRule::id).collect(Collectors.toList());
  }

  /**
   * The changes from {@code before} to {@code after}, ordered by area, then subject, then rule, so
   * that the same inputs always give the same list.
   */
  public static List<Change> diff(ApiSpec before, ApiSpec after) {
    DiffContext context = new DiffContext(before, after);
    List<Change> changes = new ArrayList<>();
    for (DiffRule rule : rules()) {
      rule.find(context, changes);
    }
    List<String> order = ruleIds();
    changes.sort(Comparator.comparing(Change::area)
        .thenComparing(Change::subject)
        .thenComparing(change -> order.indexOf(change.rule())));
    return List.copyOf(changes);
  }

  /** The full result: changes, accepted breaks from {@code suppressions}, summary and version bump. */
  public static DiffResult compare(ApiSpec before, ApiSpec after, Suppressions suppressions) {
    List<Change> changes = diff(before, after);
    Suppressions.Applied applied = suppressions.apply(changes);
    return new DiffResult(before.serverVersion().toString(), after.serverVersion().toString(), applied.changes(),
        applied.unmatched());
  }
}
