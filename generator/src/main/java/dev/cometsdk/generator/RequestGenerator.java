package dev.cometsdk.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cometsdk.spec.Parameter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * An immutable request object, with a builder, for each method that has optional parameters. The
 * builder takes the required parameters up front and the optional ones by name, so that a later
 * server version adding an optional parameter adds a builder method and breaks nobody.
 */
final class RequestGenerator {
  private final GenerationContext context;

  RequestGenerator(GenerationContext context) {
    this.context = context;
  }

  TypeSpec generate(MethodShape shape) {
    ClassName self = shape.requestClass();
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(classJavadoc(shape));
    if (shape.method().isDeprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    if (shape.mentionsDeprecated()) {
      type.addAnnotation(ConstantsGenerator.suppressDeprecation());
    }
    JavaSymbols.RequestLocals locals = shape.names().locals();
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(builder, locals.builder());
    for (Parameter param : shape.method().params()) {
      String name = shape.javaName(param);
      type.addField(FieldSpec.builder(shape.javaType(param), name, Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addStatement("this.$N = $N.$N", name, locals.builder(), name);
    }
    type.addMethod(constructor.build());
    type.addMethod(builderFactory(shape, builder));
    for (Parameter param : shape.method().params()) {
      type.addMethod(getter(shape, param));
    }
    type.addMethod(ValueMethods.equalsMethod(self, members(shape), locals.equalsParameter(), locals.equalsLocal(),
        null));
    type.addMethod(ValueMethods.hashCodeMethod(members(shape), null));
    type.addMethod(toStringMethod(shape));
    type.addType(builderType(shape, self, builder));
    return type.build();
  }

  private CodeBlock classJavadoc(MethodShape shape) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The parameters of {@link $T#$L} (the Comet method $L), for calls that give optional parameters.\n\n",
            shape.names().area(), shape.javaName(), Javadocs.code(shape.method().name()))
        .add("<p>Create one with {@link #builder(");
    List<Parameter> required = shape.required();
    for (int i = 0; i < required.size(); i++) {
      TypeName type = shape.javaType(required.get(i));
      doc.add(i == 0 ? "$T" : ", $T", type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type);
    }
    doc.add(")}, set the optional parameters you need, then {@link Builder#build()}. An optional parameter that is\n"
        + "not set is left out of the request.\n\n");
    shape.method().deprecatedSince().ifPresent(since -> doc.add("$L", Javadocs.deprecated(since)));
    doc.add("$L", Javadocs.since(context.since().method(shape.method()), context.spec().serverVersion()));
    return doc.build();
  }

  private MethodSpec builderFactory(MethodShape shape, ClassName builder) {
    MethodSpec.Builder factory = MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder);
    StringBuilder doc = new StringBuilder("Starts a request with the required parameters.\n\n");
    List<String> names = new ArrayList<>();
    for (Parameter param : shape.required()) {
      String name = shape.javaName(param);
      factory.addParameter(shape.javaType(param), name);
      doc.append("@param ").append(name).append(' ').append(MethodJavadocs.describeParam(param)).append('\n');
      names.add(name);
    }
    doc.append("@return a builder for the optional parameters\n");
    return factory.addJavadoc("$L", doc.toString())
        .addStatement("return new $T($L)", builder, String.join(", ", names))
        .build();
  }

  private MethodSpec getter(MethodShape shape, Parameter param) {
    String name = shape.javaName(param);
    return MethodSpec.methodBuilder(shape.getterName(param))
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.javaType(param))
        .addJavadoc("$L", "Returns " + MethodJavadocs.describeParam(param) + ".\n\n@return the value"
            + (param.optional() ? ", or null when it is left out" : "") + "\n")
        .addStatement("return $N", name)
        .build();
  }

  private TypeSpec builderType(MethodShape shape, ClassName request, ClassName builder) {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects the parameters of a {@link $T}.\n", request);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    for (Parameter param : shape.required()) {
      String name = shape.javaName(param);
      TypeName javaType = shape.javaType(param);
      type.addField(FieldSpec.builder(javaType, name, Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addParameter(javaType, name);
      if (javaType.isPrimitive()) {
        constructor.addStatement("this.$N = $N", name, name);
      } else {
        constructor.addStatement("this.$N = $T.requireNonNull($N, $S)", name, Types.OBJECTS, name,
            name + " is required");
      }
    }
    type.addMethod(constructor.build());
    for (Parameter param : shape.optional()) {
      String name = shape.javaName(param);
      type.addField(FieldSpec.builder(shape.javaType(param), name, Modifier.PRIVATE).build());
      type.addMethod(MethodSpec.methodBuilder(shape.builderMethodName(param))
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(shape.javaType(param), name)
          .addJavadoc("$L", "Sets " + MethodJavadocs.describeParam(param) + ".\n\n@param " + name
              + " the value; null leaves the parameter out\n@return this builder\n"
              + Javadocs.since(context.since().param(shape.method(), param), context.spec().serverVersion()))
          .addStatement("this.$N = $N", name, name)
          .addStatement("return this")
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(request)
        .addJavadoc("Creates the request.\n\n@return an immutable request\n")
        .addStatement("return new $T(this)", request)
        .build());
    return type.build();
  }

  private static List<ValueMethods.Member> members(MethodShape shape) {
    List<ValueMethods.Member> members = new ArrayList<>();
    for (Parameter param : shape.method().params()) {
      members.add(new ValueMethods.Member(shape.javaName(param), shape.javaType(param)));
    }
    return members;
  }

  private MethodSpec toStringMethod(MethodShape shape) {
    CodeBlock.Builder body = CodeBlock.builder().add("return $S", shape.requestClass().simpleName() + "{");
    boolean first = true;
    for (Parameter param : shape.method().params()) {
      String name = shape.javaName(param);
      String label = (first ? "" : ", ") + param.name() + "=";
      first = false;
      boolean text = context.types().isString(param.type()) || shape.isUpload(param);
      if (text && (Secrets.isSecretName(param.name()) || shape.isUpload(param))) {
        body.add("\n+ $S + ($N == null ? null : $S)", label, name, Secrets.REDACTED);
      } else {
        body.add("\n+ $S + $N", label, name);
      }
    }
    body.add("\n+ $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("Describes this request for logs; secrets are printed as {@code $L}.\n\n@return a one-line description\n",
            Secrets.REDACTED)
        .addStatement(body.build())
        .build();
  }
}
