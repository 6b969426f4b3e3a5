package dev.cometsdk.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The client class: a builder for its options, the transport, and the interfaces of every area of
 * the API ({@link AreaGenerator}), whose methods it inherits.
 */
final class ClientGenerator {
  private final GenerationContext context;

  ClientGenerator(GenerationContext context) {
    this.context = context;
  }

  TypeSpec generate() {
    JavaSymbols symbols = context.symbols();
    ClassName self = symbols.client();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    List<JavaSymbols.Area> areas = symbols.areas();
    if (areas.isEmpty()) {
      type.addSuperinterface(Types.COMET_API);
    }
    areas.forEach(area -> type.addSuperinterface(area.type()));
    type.addSuperinterface(AutoCloseable.class)
        .addJavadoc(classJavadoc(self, areas))
        .addField(FieldSpec.builder(Types.TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Types.TRANSPORT_OPTIONS, "options")
        .addJavadoc("Creates a client with the given options; {@link #builder()} is usually simpler.\n\n"
            + "@param options the server URL, credentials, timeouts and HTTP settings\n")
        .addStatement("this.transport = new $T(options)", Types.TRANSPORT)
        .build());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self.nestedClass("Builder"))
        .addJavadoc("Starts building a client.\n\n@return a builder; {@code serverUrl} and {@code credentials} are required\n")
        .addStatement("return new Builder()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("serverUrl")
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("Returns the server URL requests go to, with a trailing slash.\n\n@return the server URL\n")
        .addStatement("return transport.serverUrl()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("transport")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Types.TRANSPORT)
        .addStatement("return transport")
        .build());
    type.addMethod(MethodSpec.methodBuilder("close")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Releases the HTTP client if this client created it; a caller-supplied one is left open.\n")
        .addStatement("transport.close()")
        .build());
    type.addType(new ClientBuilderGenerator().generate(self));
    return type.build();
  }

  private CodeBlock classJavadoc(ClassName self, List<JavaSymbols.Area> areas) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("A client for the Comet Server API, generated from the spec of Comet Server $L.\n\n",
            context.spec().serverVersion())
        .add("<p>Build one with {@link #builder()}:\n<pre>{@code\n"
            + "try ($L client = $L.builder()\n"
            + "    .serverUrl(\"https://backup.example.com/\")\n"
            + "    .credentials(Credentials.password(\"admin\", password))\n"
            + "    .build()) {\n"
            + "  Map<String, UserProfileConfig> users = client.adminListUsersFull();\n"
            + "}\n}</pre>\n\n", self.simpleName(), self.simpleName())
        .add("<p>Every API method has a blocking form and an {@code ...Async} form whose future always completes,\n"
            + "exceptionally with a {@link $T} on failure. A client is thread-safe and shares one HTTP client\n"
            + "among all calls: create one and reuse it.\n\n", Types.COMET_EXCEPTION)
        .add("<p>Methods with optional parameters take them through a request object; the blocking form with the\n"
            + "required parameters only leaves them out. A later server version that adds an optional parameter\n"
            + "therefore breaks no existing call.\n\n");
    if (!areas.isEmpty()) {
      doc.add("<p>The methods are declared by one interface for each area of the API, as Comet's paths group them:\n"
          + "<ul>\n");
      for (JavaSymbols.Area area : areas) {
        doc.add("<li>{@link $T}: $L\n", area.type(),
            area.methods().size() == 1 ? "one method" : area.methods().size() + " methods");
      }
      doc.add("</ul>\n\n");
    }
    return doc.add("$L", Javadocs.since(java.util.Optional.empty(), context.spec().serverVersion())).build();
  }
}
