package dev.cometsdk.diff;

import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiCanBeSynthetic;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiHasAccessModifier;
import japicmp.model.JApiImplementedInterface;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import japicmp.util.ModifierHelper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The source- and binary-incompatible changes in japicmp's comparison of two jars, flattened to
 * one {@link Finding} per element and kind of change. Only the API users can see counts: public or
 * protected, non-synthetic members of public or protected classes. With the comparator's access
 * level at {@code PROTECTED}, japicmp neither lists other classes nor evaluates other members; a
 * second comparison with everything in shows what that leaves out, for the record.
 */
final class JapicmpFindings {
  private JapicmpFindings() {}

  /** Where in a class a finding is. */
  enum Kind {
    CLASS, SUPERCLASS, INTERFACE, CONSTRUCTOR, METHOD, FIELD
  }

  /**
   * One incompatibility.
   *
   * @param className the binary name ({@code dev.cometsdk.client.requests.AdminAddUserRequest$Builder})
   * @param memberName the method or field name, the interface's name, or empty for the class itself
   * @param signature how the element reads in a report ({@code setEmails(java.util.List)})
   * @param changeType japicmp's name for the change ({@code METHOD_REMOVED})
   * @param binaryBreak whether code compiled against the old jar fails to link or run with the new one
   * @param sourceBreak whether code written for the old jar fails to compile against the new one
   */
  record Finding(String className, Kind kind, String memberName, String signature, String changeType,
      boolean binaryBreak, boolean sourceBreak) {

    String describe() {
      String simple = className.substring(className.lastIndexOf('.') + 1);
      String where = kind == Kind.CLASS ? simple : simple + (kind == Kind.INTERFACE ? " implements " : ".") + signature;
      String breaks = binaryBreak && sourceBreak ? "binary and source" : binaryBreak ? "binary" : "source";
      return "`" + where + "` " + changeType + " (" + breaks + ")";
    }
  }

  static final Comparator<Finding> ORDER = Comparator.comparing(Finding::className)
      .thenComparing(Finding::kind).thenComparing(Finding::signature).thenComparing(Finding::changeType);

  /**
   * Every incompatible change in {@code classes}, once each, in a stable order. Those outside the
   * public and protected API (in a class that is neither, in a private or package-private member,
   * or in a synthetic one) are left out, and put into {@code outsideApi} with the reason.
   */
  static List<Finding> incompatibilities(List<JApiClass> classes, JarArchiveComparatorOptions options,
      Map<Finding, String> outsideApi) {
    Map<Finding, String> found = new LinkedHashMap<>();
    for (JApiClass type : classes) {
      String name = type.getFullyQualifiedName();
      String classReason = ModifierHelper.matchesModifierLevel(type, AccessModifier.PROTECTED) ? null
          : "in a class that is neither public nor protected";
      int before = found.size();
      add(found, name, Kind.CLASS, "", "", type, classReason);
      add(found, name, Kind.SUPERCLASS, "", "extends " + type.getSuperclass().getSuperclassNew(), type.getSuperclass(),
          classReason);
      for (JApiImplementedInterface implemented : type.getInterfaces()) {
        add(found, name, Kind.INTERFACE, implemented.getFullyQualifiedName(), implemented.getFullyQualifiedName(),
            implemented, classReason);
      }
      for (JApiConstructor constructor : type.getConstructors()) {
        add(found, name, Kind.CONSTRUCTOR, "<init>", signature("<init>", constructor), constructor,
            reason(classReason, constructor, constructor, "constructor"));
      }
      for (JApiMethod method : type.getMethods()) {
        String signature = signature(method.getName(), method);
        String reason = reason(classReason, method, method, "method");
        add(found, name, Kind.METHOD, method.getName(), signature, method, reason);
        add(found, name, Kind.METHOD, method.getName(), signature, method.getReturnType(), reason);
        for (JApiParameter parameter : method.getParameters()) {
          add(found, name, Kind.METHOD, method.getName(), signature, parameter, reason);
        }
      }
      for (JApiField field : type.getFields()) {
        add(found, name, Kind.FIELD, field.getName(), field.getName(), field, reason(classReason, field, field, "field"));
      }
      if (found.size() == before && (!type.isBinaryCompatible() || !type.isSourceCompatible())) {
        // japicmp's verdict on the class covers something the walk above did not reach: keep it,
        // so that nothing it calls incompatible goes unchecked.
        found.put(new Finding(name, Kind.CLASS, "", "", "CLASS_INCOMPATIBLE_UNATTRIBUTED", !type.isBinaryCompatible(),
            !type.isSourceCompatible()), classReason);
      }
    }
    List<Finding> api = new ArrayList<>();
    found.forEach((finding, reason) -> {
      if (reason == null) {
        api.add(finding);
      } else {
        outsideApi.put(finding, reason);
      }
    });
    api.sort(ORDER);
    return api;
  }

  /** Why a member is outside the public and protected API, or null when it is inside. */
  private static String reason(String classReason, JApiHasAccessModifier access, JApiCanBeSynthetic synthetic,
      String what) {
    if (classReason != null) {
      return classReason;
    }
    if (!ModifierHelper.matchesModifierLevel(access, AccessModifier.PROTECTED)) {
      return "a private or package-private " + what;
    }
    if (ModifierHelper.isSynthetic(synthetic)) {
      return "a synthetic " + what + ", made by the compiler";
    }
    return null;
  }

  private static String signature(String name, JApiBehavior behavior) {
    return name + "(" + behavior.getParameters().stream().map(JApiParameter::getType)
        .collect(Collectors.joining(", ")) + ")";
  }

  private static void add(Map<Finding, String> found, String className, Kind kind, String memberName,
      String signature, JApiCompatibility element, String outsideApi) {
    for (JApiCompatibilityChange change : element.getCompatibilityChanges()) {
      if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
        found.putIfAbsent(new Finding(className, kind, memberName, signature, change.getType().name(),
            !change.isBinaryCompatible(), !change.isSourceCompatible()), outsideApi);
      }
    }
  }
}
