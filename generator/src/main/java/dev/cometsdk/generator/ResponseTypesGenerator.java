package dev.cometsdk.generator;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.TypeRef;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * A package-private class with one Jackson {@code TypeReference} per distinct JSON response type,
 * shared by every area interface whose methods return it: an interface cannot hold a private
 * constant, and a type reference is worth creating once.
 */
final class ResponseTypesGenerator {
  private final GenerationContext context;

  ResponseTypesGenerator(GenerationContext context) {
    this.context = context;
  }

  TypeSpec generate() {
    TypeSpec.Builder type = TypeSpec.classBuilder(context.symbols().responseTypesClass())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("The Java types of the client's JSON responses, one for each type that a method returns.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Map<String, TypeRef> distinct = new TreeMap<>();
    for (ApiMethod method : context.spec().methods()) {
      if (!method.returnsBytes()) {
        distinct.putIfAbsent(context.symbols().responseType(method.returns()), method.returns());
      }
    }
    boolean deprecated = false;
    for (Map.Entry<String, TypeRef> entry : distinct.entrySet()) {
      TypeName reference = ParameterizedTypeName.get(Types.TYPE_REFERENCE, context.types().boxed(entry.getValue()));
      type.addField(FieldSpec.builder(reference, entry.getKey(), Modifier.STATIC, Modifier.FINAL)
          .initializer("$Znew $T() {}", reference)
          .build());
      deprecated |= context.mentionsDeprecated(entry.getValue());
    }
    if (deprecated) {
      type.addAnnotation(ConstantsGenerator.suppressDeprecation());
    }
    return type.build();
  }
}
