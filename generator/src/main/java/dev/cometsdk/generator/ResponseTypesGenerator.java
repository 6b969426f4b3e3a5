package dev.cometsdk.generator;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
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
    Map<String, JavaSymbols.ResponseType> byName = new TreeMap<>();
    context.symbols().responseTypes().values().forEach(response -> byName.put(response.name(), response));
    boolean deprecated = false;
    for (JavaSymbols.ResponseType response : byName.values()) {
      TypeName reference = ParameterizedTypeName.get(Types.TYPE_REFERENCE, context.types().boxed(response.type()));
      type.addField(FieldSpec.builder(reference, response.name(), Modifier.STATIC, Modifier.FINAL)
          .initializer("$Znew $T() {}", reference)
          .build());
      deprecated |= context.mentionsDeprecated(response.type());
    }
    if (deprecated) {
      type.addAnnotation(ConstantsGenerator.suppressDeprecation());
    }
    return type.build();
  }
}
