package dev.cometsdk.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The {@code equals} and {@code hashCode} of generated value classes (data structures and request
 * objects), which compare their fields the same way: floats by {@code compare}, arrays by content.
 */
final class ValueMethods {
  private ValueMethods() {}

  /** A Java field that takes part in equality. */
  record Member(String name, TypeName type) {}

  /** {@code equals} over {@code members}, then {@code extra} (already a boolean expression), if any. */
  static MethodSpec equalsMethod(ClassName self, List<Member> members, String other, String that, CodeBlock extra) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, other)
        .beginControlFlow("if (this == $N)", other)
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!($N instanceof $T))", other, self)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T $N = ($T) $N", self, that, self, other);
    List<CodeBlock> parts = new java.util.ArrayList<>();
    members.forEach(member -> parts.add(fieldEquals(member, that)));
    if (extra != null) {
      parts.add(extra);
    }
    return method.addStatement("return $L", parts.isEmpty() ? CodeBlock.of("true") : CodeBlock.join(parts, "\n&& "))
        .build();
  }

  /** {@code hashCode} over {@code members}, then {@code extra}, if any. */
  static MethodSpec hashCodeMethod(List<Member> members, CodeBlock extra) {
    List<CodeBlock> parts = new java.util.ArrayList<>();
    for (Member member : members) {
      parts.add(member.type() instanceof ArrayTypeName
          ? CodeBlock.of("$T.hashCode($N)", Types.ARRAYS, member.name()) : CodeBlock.of("$N", member.name()));
    }
    if (extra != null) {
      parts.add(extra);
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Types.OBJECTS, CodeBlock.join(parts, ",\n"))
        .build();
  }

  private static CodeBlock fieldEquals(Member member, String that) {
    String name = member.name();
    TypeName type = member.type();
    if (type.equals(TypeName.FLOAT) || type.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("$T.compare($N, $N.$N) == 0", type.box(), name, that, name);
    }
    if (type.isPrimitive()) {
      return CodeBlock.of("$N == $N.$N", name, that, name);
    }
    if (type instanceof ArrayTypeName) {
      return CodeBlock.of("$T.equals($N, $N.$N)", Types.ARRAYS, name, that, name);
    }
    return CodeBlock.of("$T.equals($N, $N.$N)", Types.OBJECTS, name, that, name);
  }
}
