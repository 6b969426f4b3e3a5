package dev.cometsdk.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** The client's nested {@code Builder}: each option delegates to the runtime's transport options. */
final class ClientBuilderGenerator {

  private record Option(String name, String doc, TypeName... types) {}

  private static final Option[] OPTIONS = {
      new Option("serverUrl", "the server's URL; a base path such as {@code https://host/comet/} is kept",
          ClassName.get(String.class)),
      new Option("serverUrl", "the server's URL; a base path such as {@code https://host/comet/} is kept", Types.URI),
      new Option("credentials", "how to sign in: a password, a password and a one-time code (used once), or a"
          + " session key", Types.CREDENTIALS),
      new Option("accountKind", "whether the credentials are an administrator's (the default) or an end user's",
          Types.ACCOUNT_KIND),
      new Option("connectTimeout", "how long to wait for a connection (default 10 seconds)", Types.DURATION),
      new Option("requestTimeout", "how long to wait for a response to begin (default 60 seconds)", Types.DURATION),
      new Option("httpClient", "an HTTP client of your own, for TLS settings or a proxy; it is shared, not closed",
          Types.HTTP_CLIENT),
      new Option("header", "a header to send with every request", ClassName.get(String.class),
          ClassName.get(String.class)),
      new Option("userAgent", "the {@code User-Agent} to send instead of the SDK's own", ClassName.get(String.class)),
      new Option("switchToSessionKey", "whether a successful session-start call switches later calls to the"
          + " session key it returned (default false)", TypeName.BOOLEAN),
  };

  TypeSpec generate(ClassName client) {
    ClassName self = client.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects the options of a {@link $T}. Only the server URL and the credentials are required.\n",
            client)
        .addField(FieldSpec.builder(Types.TRANSPORT_OPTIONS_BUILDER, "options", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder()", Types.TRANSPORT_OPTIONS)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Option option : OPTIONS) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(option.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(self);
      StringBuilder doc = new StringBuilder("Sets ").append(option.doc()).append(".\n\n");
      String[] names = option.types().length == 2 ? new String[] {"name", "value"} : new String[] {option.name()};
      for (int i = 0; i < names.length; i++) {
        method.addParameter(option.types()[i], names[i]);
        doc.append("@param ").append(names[i]).append(i == 0 && names.length == 2 ? " the header name" : " the value")
            .append('\n');
      }
      doc.append("@return this builder\n");
      method.addJavadoc("$L", doc.toString())
          .addStatement("options.$N($L)", option.name(), String.join(", ", names))
          .addStatement("return this");
      type.addMethod(method.build());
    }
    type.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(client)
        .addJavadoc("Creates the client.\n\n@return a thread-safe client\n"
            + "@throws IllegalArgumentException naming the option that is missing or invalid\n")
        .addStatement("return new $T(options.build())", client)
        .build());
    return type.build();
  }
}
