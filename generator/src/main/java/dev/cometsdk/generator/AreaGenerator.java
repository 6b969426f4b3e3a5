package dev.cometsdk.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.HttpMethod;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.WireEncoding;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One interface per area of the API ({@code AdminDispatcherApi} for the methods under
 * {@code /api/v1/admin/dispatcher/}), which the client implements: for every API method a blocking
 * and an {@code ...Async} default method (plus stream and file forms for downloads), each building
 * the request in a private helper and handing it to the transport. Grouping by area keeps each
 * file readable and lets a user find a method where Comet's paths put it, while
 * {@code client.adminListUsers()} stays a method of the client.
 */
final class AreaGenerator {
  private final GenerationContext context;
  private final MethodJavadocs docs;

  AreaGenerator(GenerationContext context) {
    this.context = context;
    this.docs = new MethodJavadocs(context);
  }

  TypeSpec generate(JavaSymbols.Area area, List<MethodShape> shapes) {
    String root = shapes.get(0).method().path().startsWith("/api/v1/") ? "/api/v1/" : "/";
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(area.type())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(Types.COMET_API)
        .addJavadoc("The Comet API methods under {@code $L}: $L of {@link $T}, which implements this interface.\n\n"
                + "<p>Every method has a blocking form and an {@code ...Async} form whose future always completes,\n"
                + "exceptionally with a {@link $T} on failure.\n\n$L",
            root + (area.folder().isEmpty() ? "" : area.folder() + "/"), shapes.size() == 1 ? "one method"
                : shapes.size() + " methods", context.symbols().client(), Types.COMET_EXCEPTION,
            Javadocs.since(java.util.Optional.empty(), context.spec().serverVersion()));
    if (shapes.stream().anyMatch(shape -> shape.mentionsDeprecated() || shape.method().isDeprecated())) {
      type.addAnnotation(ConstantsGenerator.suppressDeprecation());
    }
    for (MethodShape shape : shapes) {
      addApiMethods(type, shape);
    }
    for (MethodShape shape : shapes) {
      type.addMethod(callFactory(shape));
    }
    return type.build();
  }

  private void addApiMethods(TypeSpec.Builder type, MethodShape shape) {
    List<Parameter> required = shape.required();
    if (shape.method().returnsBytes()) {
      addDownloadMethods(type, shape, required);
      return;
    }
    TypeName returnType = shape.returnType();
    CodeBlock responseType = CodeBlock.of("$T.$N", context.symbols().responseTypesClass(),
        context.symbols().responseType(shape.method().returns()));
    CodeBlock requiredCall = factoryCall(shape, required, false);
    type.addMethod(blockingBody(shape, apiMethod(shape, shape.names().blocking(), required, returnType, false),
        requiredCall, returnType, responseType));
    type.addMethod(asyncBody(shape, apiMethod(shape, shape.names().async(), required, future(returnType), true),
        requiredCall, responseType));
    if (shape.hasRequestObject()) {
      CodeBlock requestCall = factoryCall(shape, shape.method().params(), true);
      type.addMethod(blockingBody(shape, requestMethod(shape, shape.names().blocking(), returnType, false),
          requestCall, returnType, responseType));
      type.addMethod(asyncBody(shape, requestMethod(shape, shape.names().async(), future(returnType), true),
          requestCall, responseType));
    }
    shape.method().params().stream().filter(shape::isUpload).findFirst()
        .ifPresent(upload -> addUploadOverloads(type, shape, required, upload, returnType));
  }

  private static MethodSpec blockingBody(MethodShape shape, MethodSpec.Builder method, CodeBlock call,
      TypeName returnType, CodeBlock responseType) {
    if (shape.startsSession()) {
      String response = shape.names().responseLocal();
      method.addStatement("$T $N = transport().call($L,$W$L)", returnType, response, call, responseType);
      method.addStatement("transport().sessionStarted($N.getSessionKey())", response);
      method.addStatement("return $N", response);
    } else {
      method.addStatement("return transport().call($L,$W$L)", call, responseType);
    }
    return method.build();
  }

  private static MethodSpec asyncBody(MethodShape shape, MethodSpec.Builder method, CodeBlock call,
      CodeBlock responseType) {
    if (shape.startsSession()) {
      String response = shape.names().responseLocal();
      method.addStatement("return transport().callAsync($L,$W$L).thenApply($N -> {\n"
          + "  transport().sessionStarted($N.getSessionKey());\n  return $N;\n})", call, responseType, response,
          response, response);
    } else {
      method.addStatement("return transport().callAsync($L,$W$L)", call, responseType);
    }
    return method.build();
  }

  // --- downloads --------------------------------------------------------------------------------

  private void addDownloadMethods(TypeSpec.Builder type, MethodShape shape, List<Parameter> required) {
    addDownloadForms(type, shape, factoryCall(shape, required, false),
        name -> apiMethod(shape, name, required, downloadType(name, shape), name.equals(shape.names().async())));
    if (shape.hasRequestObject()) {
      addDownloadForms(type, shape, factoryCall(shape, shape.method().params(), true),
          name -> requestMethod(shape, name, downloadType(name, shape), name.equals(shape.names().async())));
    }
  }

  private void addDownloadForms(TypeSpec.Builder type, MethodShape shape, CodeBlock call,
      java.util.function.Function<String, MethodSpec.Builder> method) {
    JavaSymbols.MethodSymbols names = shape.names();
    String toFile = names.toFile().orElseThrow();
    type.addMethod(method.apply(names.blocking()).addStatement("return transport().download($L)", call).build());
    type.addMethod(method.apply(names.asStream().orElseThrow())
        .addStatement("return transport().downloadStream($L)", call).build());
    type.addMethod(method.apply(toFile)
        .addStatement("transport().downloadTo($L, $N)", call, names.targetParameter()).build());
    type.addMethod(method.apply(names.async()).addStatement("return transport().downloadAsync($L)", call).build());
  }

  private static TypeName downloadType(String name, MethodShape shape) {
    JavaSymbols.MethodSymbols names = shape.names();
    if (name.equals(names.asStream().orElse(null))) {
      return Types.INPUT_STREAM;
    }
    if (name.equals(names.toFile().orElse(null))) {
      return TypeName.VOID;
    }
    return name.equals(names.async()) ? future(shape.returnType()) : shape.returnType();
  }

  // --- uploads ----------------------------------------------------------------------------------

  private void addUploadOverloads(TypeSpec.Builder type, MethodShape shape, List<Parameter> required,
      Parameter upload, TypeName returnType) {
    TypeName[] sources = {ArrayTypeName.of(TypeName.BYTE), Types.PATH, Types.INPUT_STREAM};
    String[] factories = {"ofBytes", "ofPath", "ofStream"};
    String[] given = {"bytes", "a file, streamed", "a stream, read to its end but not closed"};
    for (int i = 0; i < sources.length; i++) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(shape.javaName())
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
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
      method.addJavadoc(docs.uploadOverload(shape, required, upload, given[i]));
      method.addStatement("return $N($L)", shape.javaName(), CodeBlock.join(arguments, ", "));
      type.addMethod(method.build());
    }
  }

  // --- shared pieces ----------------------------------------------------------------------------

  private MethodSpec.Builder apiMethod(MethodShape shape, String name, List<Parameter> params, TypeName returnType,
      boolean async) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(returnType);
    for (Parameter param : params) {
      method.addParameter(ParameterSpec.builder(shape.javaType(param), shape.javaName(param)).build());
    }
    addTarget(shape, name, method);
    deprecate(shape, method);
    return method.addJavadoc(docs.apiMethod(shape, name, params, returnType, async));
  }

  private MethodSpec.Builder requestMethod(MethodShape shape, String name, TypeName returnType, boolean async) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(returnType)
        .addParameter(shape.requestClass(), shape.names().requestParameter());
    addTarget(shape, name, method);
    deprecate(shape, method);
    return method.addJavadoc(docs.requestMethod(shape, name, returnType, async));
  }

  /** The file parameter of a download's {@code ToFile} form. */
  private static void addTarget(MethodShape shape, String name, MethodSpec.Builder method) {
    if (name.equals(shape.names().toFile().orElse(null))) {
      method.addParameter(Types.PATH, shape.names().targetParameter());
    }
  }

  private static void deprecate(MethodShape shape, MethodSpec.Builder method) {
    if (shape.method().isDeprecated()) {
      method.addAnnotation(Deprecated.class);
    }
  }

  private static TypeName future(TypeName type) {
    return ParameterizedTypeName.get(Types.COMPLETABLE_FUTURE, type.box());
  }

  /** A call of the method's request factory: the given parameters by name (or from the request object), the others null. */
  private static CodeBlock factoryCall(MethodShape shape, List<Parameter> given, boolean fromRequest) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (Parameter param : shape.method().params()) {
      if (fromRequest) {
        arguments.add(CodeBlock.of("$N.$N()", shape.names().requestParameter(), shape.getterName(param)));
      } else if (given.contains(param)) {
        arguments.add(CodeBlock.of("$N", shape.javaName(param)));
      } else {
        arguments.add(CodeBlock.of("null"));
      }
    }
    return CodeBlock.of("$N($L)", shape.names().callFactory(), CodeBlock.join(arguments, ",$W"));
  }

  /** A private static method that builds the request of one API method from all its parameters. */
  private MethodSpec callFactory(MethodShape shape) {
    ApiMethod method = shape.method();
    MethodSpec.Builder factory = MethodSpec.methodBuilder(shape.names().callFactory())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Types.METHOD_CALL);
    if (shape.mentionsDeprecated() || method.isDeprecated()) {
      factory.addAnnotation(ConstantsGenerator.suppressDeprecation());
    }
    String kind = method.httpMethod() == HttpMethod.GET ? "get"
        : method.contentType() == ContentType.MULTIPART_FORM_DATA ? "multipart" : "form";
    CodeBlock.Builder chain = CodeBlock.builder().add("return $T.$N($S,$W$S,$W$T.$N)", Types.METHOD_CALL, kind,
        method.name(), method.path(), Types.AUTH_REQUIREMENT, method.auth().name());
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
}
