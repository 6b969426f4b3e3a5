package dev.cometsdk.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.ConstantValue;
import dev.cometsdk.spec.TypeDeclaration;
import java.math.BigInteger;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Constants as compile-time constants ({@code static final} primitives and strings, so they work
 * in {@code switch}): those typed with an alias go into a class named after the alias, the others
 * into one constants class beside the client. Values are written as literals, also for a
 * {@code valueRef}, whose target the javadoc names.
 */
final class ConstantsGenerator {
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final GenerationContext context;

  ConstantsGenerator(GenerationContext context) {
    this.context = context;
  }

  /** The class for an alias with constants, named after the alias. */
  TypeSpec aliasClass(TypeDeclaration.Alias alias, List<Constant> constants) {
    TypeName javaType = context.types().javaType(new dev.cometsdk.spec.TypeRef.NamedType(alias.name()));
    StringBuilder doc = new StringBuilder("The known values of the Comet type ").append(Javadocs.code(alias.name()))
        .append(" (").append(Javadocs.code(alias.target().toString())).append(").\n\n<p>Fields and parameters of this type are Java ")
        .append(Javadocs.code(javaType instanceof ClassName className ? className.simpleName() : javaType.toString())).append(". A newer Comet Server may send a value that is not listed here; it is kept as it")
        .append(" is, and sent back unchanged.\n\n");
    alias.deprecatedSince().ifPresent(since -> doc.append(Javadocs.deprecated(since)));
    doc.append(Javadocs.since(context.since().type(alias), context.spec().serverVersion()));
    TypeSpec.Builder type = TypeSpec.classBuilder(context.symbols().modelClass(alias.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", doc.toString())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    alias.deprecatedSince().ifPresent(since -> type.addAnnotation(Deprecated.class));
    constants.forEach(constant -> type.addField(constant(constant, javaType)));
    return type.build();
  }

  /** The class for constants typed with a primitive, such as {@code APPLICATION_VERSION}. */
  TypeSpec primitiveConstantsClass(ClassName name, List<Constant> constants) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", "Comet constants that have no type of their own, among them the server version this\n"
            + "client was generated from ({@code APPLICATION_VERSION} = "
            + Javadocs.code(context.spec().serverVersion().toString()) + ").\n\n"
            + Javadocs.since(java.util.Optional.empty(), context.spec().serverVersion()))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    constants.forEach(constant -> type.addField(constant(constant, context.types().javaType(constant.type()))));
    return type.build();
  }

  private FieldSpec constant(Constant constant, TypeName javaType) {
    FieldSpec.Builder field = FieldSpec.builder(javaType, context.symbols().constant(constant), Modifier.PUBLIC,
            Modifier.STATIC, Modifier.FINAL)
        .initializer(literal(constant.value(), javaType));
    StringBuilder doc = new StringBuilder("The Comet constant ").append(Javadocs.code(constant.name())).append(" = ")
        .append(Javadocs.code(constant.value().toJson()));
    constant.valueRef().ifPresent(ref -> doc.append(", defined as ").append(Javadocs.code(ref)));
    doc.append(".\n\n");
    constant.deprecatedSince().ifPresent(since -> {
      doc.append(Javadocs.deprecated(since));
      field.addAnnotation(Deprecated.class);
    });
    doc.append(Javadocs.since(context.since().constant(constant), context.spec().serverVersion()));
    return field.addJavadoc("$L", doc.toString()).build();
  }

  private static CodeBlock literal(ConstantValue value, TypeName javaType) {
    if (value instanceof ConstantValue.StringValue text) {
      return CodeBlock.of("$S", text.value());
    }
    BigInteger integer = ((ConstantValue.IntegerValue) value).value();
    if (javaType.equals(TypeName.INT)) {
      return CodeBlock.of("$L", integer.intValueExact());
    }
    if (integer.compareTo(LONG_MAX) > 0) {
      // An unsigned 64-bit value above Long.MAX_VALUE: the same 64 bits, written in hex.
      return CodeBlock.of("0x$LL", integer.toString(16).toUpperCase(java.util.Locale.ROOT));
    }
    return CodeBlock.of("$LL", integer.longValueExact());
  }

  static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build();
  }
}
