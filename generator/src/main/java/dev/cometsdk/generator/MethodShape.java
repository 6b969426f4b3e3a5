package dev.cometsdk.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.Parameter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one API method looks in Java: its name, its parameters' Java names and types, and whether it
 * gets a request object. Shared by the client and request generators so that they agree.
 */
final class MethodShape {
  private final ApiMethod method;
  private final GenerationContext context;
  private final JavaSymbols.MethodSymbols names;

  MethodShape(ApiMethod method, GenerationContext context) {
    this.method = method;
    this.context = context;
    this.names = context.symbols().method(method);
  }

  ApiMethod method() {
    return method;
  }

  /** Every Java name of the method: its forms, helper, request class, area and locals. */
  JavaSymbols.MethodSymbols names() {
    return names;
  }

  String javaName() {
    return names.blocking();
  }

  /** Whether the method has optional parameters, and so a request object that carries them. */
  boolean hasRequestObject() {
    return method.params().stream().anyMatch(Parameter::optional);
  }

  ClassName requestClass() {
    return names.requestClass().orElseThrow(() -> new IllegalStateException(method.name() + " has no request class"));
  }

  List<Parameter> required() {
    return method.params().stream().filter(param -> !param.optional()).collect(Collectors.toList());
  }

  List<Parameter> optional() {
    return method.params().stream().filter(Parameter::optional).collect(Collectors.toList());
  }

  /** The Java variable of a parameter. */
  String javaName(Parameter param) {
    return names.param(param).variable();
  }

  /** The request builder's method of a parameter. */
  String builderMethodName(Parameter param) {
    return names.param(param).builderMethod();
  }

  /** The request object's getter of a parameter: {@code getTargetUser}. */
  String getterName(Parameter param) {
    return names.param(param).getter();
  }

  boolean isUpload(Parameter param) {
    return method.contentType() == ContentType.MULTIPART_FORM_DATA && param.wireName().equals("upload");
  }

  /** The Java type of a parameter; optional ones are boxed, null meaning "not given". */
  TypeName javaType(Parameter param) {
    if (isUpload(param)) {
      return Types.UPLOAD_CONTENT;
    }
    return param.optional() ? context.types().boxed(param.type()) : context.types().javaType(param.type());
  }

  /** The method's Java return type; {@code byte[]} for downloads. */
  TypeName returnType() {
    return context.types().javaType(method.returns());
  }

  /** Whether the method starts a session whose key the client may switch to. */
  boolean startsSession() {
    return method.name().endsWith("SessionStart")
        && method.returns() instanceof dev.cometsdk.spec.TypeRef.NamedType named
        && context.spec().declarationOf(named) instanceof dev.cometsdk.spec.TypeDeclaration.Struct struct
        && struct.fields().stream().anyMatch(field -> field.name().equals("SessionKey")
            && field.type().toString().equals("string"));
  }

  /** Whether any parameter or the return type names a deprecated struct. */
  boolean mentionsDeprecated() {
    return context.mentionsDeprecated(method.returns())
        || method.params().stream().anyMatch(param -> context.mentionsDeprecated(param.type()));
  }
}
