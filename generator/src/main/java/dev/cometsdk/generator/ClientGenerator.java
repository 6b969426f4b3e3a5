package dev.cometsdk.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.AuthKind;
import dev.cometsdk.spec.HttpMethod;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.TypeRef;
import dev.cometsdk.spec.WireEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * The client class: a builder for its options, and for every API method a blocking and an
 * {@code ...Async} Java method (plus stream and file variants for downloads), each building the
 * request and handing it to the runtime's transport.
 */
final class ClientGenerator {
  private final GenerationContext context;
  private final Map<String, FieldSpec> responseTypes = new TreeMap<>();

  ClientGenerator(GenerationContext context) {
    this.context = context;
  }

  TypeSpec generate(List<MethodShape> shapes) {
    ClassName self = ClassName.get(context.options().packageName(), context.options().clientName());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc("$L", classJavadoc(self))
        .addField(FieldSpec.builder(Types.TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL).build());
    if (shapes.stream().anyMatch(shape -> shape.mentionsDeprecated() || shape.method().isDeprecated())) {
      type.addAnnotation(ConstantsGenerator.suppressDeprecation());
    }
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
    type.addMethod(MethodSpec.methodBuilder("close")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Releases the HTTP client if this client created it; a caller-supplied one is left open.\n")
        .addStatement("transport.close()")
        .build());
    for (MethodShape shape : shapes) {
      addApiMethods(type, shape);
    }
    responseTypes.values().forEach(type::addField);
    type.addType(new ClientBuilderGenerator().generate(self));
    return type.build();
  }

  private String classJavadoc(ClassName self) {
    return "A client for the Comet Server API, generated from the spec of Comet Server "
        + context.spec().serverVersion() + ".\n\n"
        + "<p>Build one with {@link #builder()}:\n<pre>{@code\n"
        + "try (" + self.simpleName() + " client = " + self.simpleName() + ".builder()\n"
        + "    .serverUrl(\"https://backup.example.com/\")\n"
        + "    .credentials(Credentials.password(\"admin\", password))\n"
        + "    .build()) {\n"
        + "  Map<String, UserProfileConfig> users = client.adminListUsersFull();\n"
        + "}\n}</pre>\n\n"
        + "<p>Every API method has a blocking form and an {@code ...Async} form whose future always completes,\n"
        + "exceptionally with a {@link " + Types.COMET_EXCEPTION.canonicalName() + "} on failure. A client is thread-safe\n"
        + "and shares one HTTP client among all calls: create one and reuse it.\n\n"
        + "<p>Methods with optional parameters take them through a request object; the blocking form with the\n"
        + "required parameters only leaves them out. A later server version that adds an optional parameter\n"
        + "therefore breaks no existing call.\n\n"
        + Javadocs.since(java.util.Optional.empty(), context.spec().serverVersion());
  }

  private void addApiMethods(TypeSpec.Builder type, MethodShape shape) {
    type.addMethod(callFactory(shape));
    List<Parameter> required = shape.required();
    if (shape.method().returnsBytes()) {
      addDownloadMethods(type, shape, required);
      return;
    }
    TypeName returnType = shape.returnType();
    FieldSpec responseType = responseType(shape.method().returns(), returnType);
    type.addMethod(blocking(shape, required, returnType, responseType));
    type.addMethod(async(shape, required, returnType, responseType));
    if (shape.hasRequestObject()) {
      type.addMethod(blockingWithRequest(shape, returnType, responseType));
      type.addMethod(asyncWithRequest(shape, returnType, responseType));
    }
    shape.method().params().stream().filter(shape::isUpload).findFirst()
        .ifPresent(upload -> addUploadOverloads(type, shape, required, upload, returnType));
  }

  // --- ordinary JSON methods -------------------------------------------------------------------

  private MethodSpec blocking(MethodShape shape, List<Parameter> params, TypeName returnType, FieldSpec responseType) {
    MethodSpec.Builder method = apiMethod(shape, shape.javaName(), params, returnType, false);
    CodeBlock call = CodeBlock.of("$N($L)", factoryName(shape), factoryArguments(shape, params, false));
    addBlockingBody(shape, method, call, returnType, responseType);
    return method.build();
  }

  private MethodSpec async(MethodShape shape, List<Parameter> params, TypeName returnType, FieldSpec responseType) {
    MethodSpec.Builder method = apiMethod(shape, shape.javaName() + "Async", params, future(returnType), true);
    CodeBlock call = CodeBlock.of("$N($L)", factoryName(shape), factoryArguments(shape, params, false));
    addAsyncBody(shape, method, call, responseType);
    return method.build();
  }

  private MethodSpec blockingWithRequest(MethodShape shape, TypeName returnType, FieldSpec responseType) {
    MethodSpec.Builder method = requestMethod(shape, shape.javaName(), returnType, false);
    CodeBlock call = CodeBlock.of("$N($L)", factoryName(shape), factoryArguments(shape, shape.method().params(), true));
    addBlockingBody(shape, method, call, returnType, responseType);
    return method.build();
  }

  private MethodSpec asyncWithRequest(MethodShape shape, TypeName returnType, FieldSpec responseType) {
    MethodSpec.Builder method = requestMethod(shape, shape.javaName() + "Async", future(returnType), true);
    CodeBlock call = CodeBlock.of("$N($L)", factoryName(shape), factoryArguments(shape, shape.method().params(), true));
    addAsyncBody(shape, method, call, responseType);
    return method.build();
  }

  private static void addBlockingBody(MethodShape shape, MethodSpec.Builder method, CodeBlock call,
      TypeName returnType, FieldSpec responseType) {
    if (shape.startsSession()) {
      method.addStatement("$T response = transport.call($L,$W$N)", returnType, call, responseType);
      method.addStatement("transport.sessionStarted(response.getSessionKey())");
      method.addStatement("return response");
    } else {
      method.addStatement("return transport.call($L,$W$N)", call, responseType);
    }
  }

  private void addAsyncBody(MethodShape shape, MethodSpec.Builder method, CodeBlock call, FieldSpec responseType) {
    if (shape.startsSession()) {
      method.addStatement("return transport.callAsync($L,$W$N).thenApply(response -> {\n"
          + "  transport.sessionStarted(response.getSessionKey());\n  return response;\n})", call, responseType);
    } else {
      method.addStatement("return transport.callAsync($L,$W$N)", call, responseType);
    }
  }

  // --- downloads --------------------------------------------------------------------------------

  private void addDownloadMethods(TypeSpec.Builder type, MethodShape shape, List<Parameter> required) {
    TypeName bytes = shape.returnType();
    CodeBlock requiredCall = CodeBlock.of("$N($L)", factoryName(shape), factoryArguments(shape, required, false));
    type.addMethod(apiMethod(shape, shape.javaName(), required, bytes, false)
        .addStatement("return transport.download($L)", requiredCall).build());
    type.addMethod(apiMethod(shape, shape.javaName() + "AsStream", required, Types.INPUT_STREAM, false)
        .addStatement("return transport.downloadStream($L)", requiredCall).build());
    type.addMethod(toFile(shape, apiMethod(shape, shape.javaName() + "ToFile", required, TypeName.VOID, false))
        .addStatement("transport.downloadTo($L, target)", requiredCall).build());
    type.addMethod(apiMethod(shape, shape.javaName() + "Async", required, future(bytes), true)
        .addStatement("return transport.downloadAsync($L)", requiredCall).build());
    if (!shape.hasRequestObject()) {
      return;
    }
    CodeBlock requestCall = CodeBlock.of("$N($L)", factoryName(shape),
        factoryArguments(shape, shape.method().params(), true));
    type.addMethod(requestMethod(shape, shape.javaName(), bytes, false)
        .addStatement("return transport.download($L)", requestCall).build());
    type.addMethod(requestMethod(shape, shape.javaName() + "AsStream", Types.INPUT_STREAM, false)
        .addStatement("return transport.downloadStream($L)", requestCall).build());
    type.addMethod(toFile(shape, requestMethod(shape, shape.javaName() + "ToFile", TypeName.VOID, false))
        .addStatement("transport.downloadTo($L, target)", requestCall).build());
    type.addMethod(requestMethod(shape, shape.javaName() + "Async", future(bytes), true)
        .addStatement("return transport.downloadAsync($L)", requestCall).build());
  }

  private static MethodSpec.Builder toFile(MethodShape shape, MethodSpec.Builder method) {
    return method.addParameter(Types.PATH, "target")
        .addJavadoc("@param target the file to write; replaced if it exists. The body is streamed, never held in memory\n");
  }

  // --- uploads ----------------------------------------------------------------------------------

  private void addUploadOverloads(TypeSpec.Builder type, MethodShape shape, List<Parameter> required,
      Parameter upload, TypeName returnType) {
    String uploadName = shape.javaName(upload);
    TypeName[] sources = {com.palantir.javapoet.ArrayTypeName.of(TypeName.BYTE), Types.PATH, Types.INPUT_STREAM};
    String[] factories = {"ofBytes", "ofPath", "ofStream"};
    for (int i = 0; i < sources.length; i++) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(shape.javaName())
          .addModifiers(Modifier.PUBLIC)
          .returns(returnType);
      List<CodeBlock> arguments = new ArrayList<>();
      for (Parameter param : required) {
        String name = shape.javaName(param);
        if (param == upload) {
          method.addParameter(sources[i], name);
          arguments.add(CodeBlock.of("$T.$N($N)", Types.UPLOAD_CONTENT, factories[i], name));
        } else {
          method.addParameter(shape.javaType(param), name);
          arguments.add(CodeBlock.of("$N", name));
        }
      }
      method.addJavadoc("$L", "Calls {@code " + shape.javaName() + "} with the file content given as "
          + (i == 0 ? "bytes" : i == 1 ? "a file, streamed" : "a stream, read to its end but not closed") + ".\n\n"
          + paramDocs(shape, required).replace("@param " + uploadName + " ", "@param " + uploadName + " the file to upload; ")
          + "@return the decoded response\n"
          + Javadocs.since(context.since().method(shape.method()), context.spec().serverVersion()));
      method.addStatement("return $N($L)", shape.javaName(), CodeBlock.join(arguments, ", "));
      type.addMethod(method.build());
    }
  }

  // --- shared pieces ----------------------------------------------------------------------------

  private MethodSpec.Builder apiMethod(MethodShape shape, String name, List<Parameter> params, TypeName returnType,
      boolean async) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returnType);
    for (Parameter param : params) {
      method.addParameter(ParameterSpec.builder(shape.javaType(param), shape.javaName(param)).build());
    }
    StringBuilder doc = new StringBuilder(methodSummary(shape, async));
    if (shape.hasRequestObject()) {
      doc.append("<p>This form leaves out the optional parameters");
      shape.optional().forEach(param -> doc.append(' ').append(Javadocs.code(param.name())).append(','));
      doc.setLength(doc.length() - 1);
      doc.append("; pass a {@link ").append(shape.requestClass().canonicalName()).append("} to give them.\n\n");
    }
    doc.append(paramDocs(shape, params));
    return finish(shape, method, doc, returnType, async);
  }

  private MethodSpec.Builder requestMethod(MethodShape shape, String name, TypeName returnType, boolean async) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returnType)
        .addParameter(shape.requestClass(), "request");
    StringBuilder doc = new StringBuilder(methodSummary(shape, async));
    doc.append("@param request the parameters, optional ones included; see {@link ")
        .append(shape.requestClass().canonicalName()).append("}\n");
    return finish(shape, method, doc, returnType, async);
  }

  /** The javadoc's closing tags, and {@code @Deprecated} where the spec marks the method. */
  private MethodSpec.Builder finish(MethodShape shape, MethodSpec.Builder method, StringBuilder doc,
      TypeName returnType, boolean async) {
    doc.append(returnDoc(shape, returnType, async));
    doc.append(throwsDoc(async));
    shape.method().deprecatedSince().ifPresent(since -> doc.append(Javadocs.deprecated(since)));
    doc.append(Javadocs.since(context.since().method(shape.method()), context.spec().serverVersion()));
    if (shape.method().isDeprecated()) {
      method.addAnnotation(Deprecated.class);
    }
    return method.addJavadoc("$L", doc.toString());
  }

  private String methodSummary(MethodShape shape, boolean async) {
    ApiMethod method = shape.method();
    StringBuilder doc = new StringBuilder("Calls the Comet method ").append(Javadocs.code(method.name())).append(": ")
        .append(Javadocs.code(method.httpMethod().wireValue() + " " + method.path()));
    doc.append(switch (method.auth()) {
      case ADMIN -> ", with administrator credentials";
      case USER -> ", with end-user credentials";
      case ANY -> ", with administrator or end-user credentials";
      case NONE -> ", without credentials";
    });
    doc.append(async ? ", without blocking.\n\n" : ".\n\n");
    List<String> facts = new ArrayList<>();
    if (method.authOptionalIfServerAllowsUnauthenticatedDownloads()) {
      facts.add("Credentials may be left out when the server allows unauthenticated downloads.");
    }
    if (!method.requiresRole().isEmpty()) {
      facts.add("Needs the server role" + (method.requiresRole().size() > 1 ? "s " : " ")
          + String.join(", ", method.requiresRole().stream().map(Javadocs::code).toList()) + " to be enabled.");
    }
    if (method.topLevelAdminOnly()) {
      facts.add("Only top-level administrators may call it, not tenant administrators.");
    }
    if (method.mayBeRestrictedPerAdmin()) {
      facts.add("Access to it can be denied to individual administrators.");
    }
    if (method.contentType() == ContentType.MULTIPART_FORM_DATA) {
      facts.add("Sent as {@code multipart/form-data}, the file as a streamed part.");
    }
    if (shape.startsSession()) {
      facts.add("When the client was built with {@code switchToSessionKey(true)}, later calls use the session key"
          + " this returns.");
    }
    if (!facts.isEmpty()) {
      doc.append("<p>").append(String.join(" ", facts)).append("\n\n");
    }
    return doc.toString();
  }

  private String paramDocs(MethodShape shape, List<Parameter> params) {
    StringBuilder doc = new StringBuilder();
    for (Parameter param : params) {
      doc.append("@param ").append(shape.javaName(param)).append(' ').append(describeParam(shape, param)).append('\n');
    }
    return doc.toString();
  }

  /** One parameter's facts: form field, spec type, encoding, whether required. */
  static String describeParam(MethodShape shape, Parameter param) {
    StringBuilder text = new StringBuilder("the form field ").append(Javadocs.code(param.wireName()))
        .append(" (").append(Javadocs.code(param.type().toString()));
    if (param.wireEncoding() == WireEncoding.JSON) {
      text.append(", sent as JSON");
    }
    text.append(param.optional() ? ", optional" : ", required");
    if (param.defaultsToServerUrl()) {
      text.append("; when left out, the client's server URL is sent");
    }
    return text.append(')').toString();
  }

  private static String returnDoc(MethodShape shape, TypeName returnType, boolean async) {
    if (returnType.equals(TypeName.VOID)) {
      return "";
    }
    String what = shape.method().returnsBytes()
        ? (returnType.equals(Types.INPUT_STREAM) ? "the response body as a stream, which the caller must close"
            : "the whole response body (for large downloads prefer the {@code AsStream} or {@code ToFile} forms)")
        : "the decoded response (" + Javadocs.code(shape.method().returns().toString()) + ")";
    return "@return " + (async ? "a future of " : "") + what + "\n";
  }

  private static String throwsDoc(boolean async) {
    if (async) {
      return "";
    }
    return "@throws " + Types.COMET_API_EXCEPTION.canonicalName() + " when the server reports an error in its response\n"
        + "@throws " + Types.COMET_EXCEPTION.canonicalName() + " on any other failure: connection, timeout, HTTP status, decoding\n";
  }

  private static TypeName future(TypeName type) {
    return ParameterizedTypeName.get(Types.COMPLETABLE_FUTURE, type.box());
  }

  private static String factoryName(MethodShape shape) {
    return shape.javaName().replaceAll("_$", "") + "Call";
  }

  /** The arguments for the call factory: given parameters by name, the others null. */
  private static CodeBlock factoryArguments(MethodShape shape, List<Parameter> given, boolean fromRequest) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (Parameter param : shape.method().params()) {
      if (fromRequest) {
        arguments.add(CodeBlock.of("request.$N()", shape.getterName(param)));
      } else if (given.contains(param)) {
        arguments.add(CodeBlock.of("$N", shape.javaName(param)));
      } else {
        arguments.add(CodeBlock.of("null"));
      }
    }
    return CodeBlock.join(arguments, ",$W");
  }

  /** A private static method that builds the request of one API method from all its parameters. */
  private MethodSpec callFactory(MethodShape shape) {
    ApiMethod method = shape.method();
    MethodSpec.Builder factory = MethodSpec.methodBuilder(factoryName(shape))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Types.METHOD_CALL);
    String kind = method.httpMethod() == HttpMethod.GET ? "get"
        : method.contentType() == ContentType.MULTIPART_FORM_DATA ? "multipart" : "form";
    CodeBlock.Builder chain = CodeBlock.builder().add("return $T.$N($S,$W$S,$W$T.$N)", Types.METHOD_CALL, kind,
        method.name(), method.path(), Types.AUTH_REQUIREMENT, authRequirement(method.auth()));
    for (Parameter param : method.params()) {
      String name = shape.javaName(param);
      factory.addParameter(shape.javaType(param), name);
      chain.add("\n").add(paramCall(shape, param, name));
    }
    chain.add("\n.build()");
    return factory.addStatement(chain.build()).build();
  }

  private CodeBlock paramCall(MethodShape shape, Parameter param, String name) {
    if (shape.isUpload(param)) {
      return CodeBlock.of(".upload($S, $N)", param.wireName(), name);
    }
    if (param.defaultsToServerUrl()) {
      return CodeBlock.of(".serverUrlIfAbsent($S, $N)", param.wireName(), name);
    }
    if (context.types().isUnsigned64(param.type())) {
      // The JSON text of an unsigned number is its unsigned decimal digits.
      return param.optional()
          ? CodeBlock.of(".rawIfPresent($S, $N == null ? null : $T.toUnsignedString($N))", param.wireName(), name,
              Long.class, name)
          : CodeBlock.of(".raw($S, $T.toUnsignedString($N))", param.wireName(), Long.class, name);
    }
    boolean raw = param.wireEncoding() == WireEncoding.RAW;
    String builderMethod = (raw ? "raw" : "json") + (param.optional() ? "IfPresent" : "");
    return CodeBlock.of(".$N($S, $N)", builderMethod, param.wireName(), name);
  }

  private static String authRequirement(AuthKind auth) {
    return auth.name();
  }

  /** One {@code TypeReference} constant per distinct response type, shared by all methods returning it. */
  private FieldSpec responseType(TypeRef specType, TypeName javaType) {
    String key = specType.toString();
    FieldSpec existing = responseTypes.get(key);
    if (existing != null) {
      return existing;
    }
    String name = constantName(specType);
    while (nameTaken(name)) {
      name = name + "_";
    }
    TypeName reference = ParameterizedTypeName.get(Types.TYPE_REFERENCE, javaType.box());
    FieldSpec field = FieldSpec.builder(reference, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$Znew $T() {}", reference)
        .build();
    responseTypes.put(key, field);
    return field;
  }

  private boolean nameTaken(String name) {
    return responseTypes.values().stream().anyMatch(field -> field.name().equals(name));
  }

  /** {@code map<string,UserProfileConfig>} becomes {@code MAP_OF_STRING_TO_USER_PROFILE_CONFIG}. */
  static String constantName(TypeRef type) {
    if (type instanceof TypeRef.ListType list) {
      return "LIST_OF_" + constantName(list.element());
    }
    if (type instanceof TypeRef.MapType map) {
      return "MAP_OF_" + constantName(map.key()) + "_TO_" + constantName(map.value());
    }
    if (type instanceof TypeRef.NullableType nullable) {
      return "NULLABLE_" + constantName(nullable.inner());
    }
    java.util.regex.Matcher words = WORD.matcher(type.toString());
    List<String> parts = new ArrayList<>();
    while (words.find()) {
      parts.add(words.group().toUpperCase(java.util.Locale.ROOT));
    }
    return String.join("_", parts);
  }

  /**
   * The words of a CamelCase name: an acronym before a word ({@code API} in {@code APIResponse}),
   * a capitals-and-digits run ({@code GUID}, {@code S3}), or a word with at most two leading
   * capitals ({@code VMware}, {@code Office365}).
   */
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile(
      "[A-Z]{3,}(?=[A-Z][a-z])|[A-Z]++[0-9]*+(?![a-z])|[A-Z]{1,2}[a-z0-9]*|[a-z0-9]+");
}
