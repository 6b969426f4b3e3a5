package dev.cometsdk.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.WireEncoding;
import java.util.ArrayList;
import java.util.List;

/**
 * The javadoc of the client's API methods. Types are linked through JavaPoet's {@code $T}, so that
 * they are imported and named by their simple names.
 */
final class MethodJavadocs {
  private final GenerationContext context;

  MethodJavadocs(GenerationContext context) {
    this.context = context;
  }

  CodeBlock apiMethod(MethodShape shape, String name, List<Parameter> params, TypeName returnType, boolean async) {
    CodeBlock.Builder doc = CodeBlock.builder().add("$L", summary(shape, async));
    if (shape.hasRequestObject()) {
      List<String> optional = new ArrayList<>();
      shape.optional().forEach(param -> optional.add(Javadocs.code(param.name())));
      doc.add("<p>This form leaves out the optional parameters $L; pass a {@link $T} to give them.\n\n",
          String.join(", ", optional), shape.requestClass());
    }
    doc.add("$L", paramDocs(shape, params));
    return closing(shape, name, doc, returnType, async);
  }

  CodeBlock requestMethod(MethodShape shape, String name, TypeName returnType, boolean async) {
    CodeBlock.Builder doc = CodeBlock.builder().add("$L", summary(shape, async))
        .add("@param $N the parameters, optional ones included\n", shape.names().requestParameter());
    return closing(shape, name, doc, returnType, async);
  }

  CodeBlock uploadOverload(MethodShape shape, List<Parameter> required, Parameter upload, String given) {
    String uploadName = shape.javaName(upload);
    return CodeBlock.builder()
        .add("Calls {@link #$N($L)} with the file content given as $L.\n\n", shape.javaName(),
            uploadSignature(shape, required), given)
        .add("$L", paramDocs(shape, required)
            .replace("@param " + uploadName + " ", "@param " + uploadName + " the file to upload; "))
        .add("@return the decoded response\n")
        .add("$L", Javadocs.since(context.since().method(shape.method()), context.spec().serverVersion()))
        .build();
  }

  /** The erased parameter types of the method the upload overloads call, for a {@code {@link}}. */
  private static String uploadSignature(MethodShape shape, List<Parameter> required) {
    List<String> types = new ArrayList<>();
    for (Parameter param : required) {
      TypeName type = shape.javaType(param);
      if (type instanceof com.palantir.javapoet.ParameterizedTypeName parameterized) {
        type = parameterized.rawType();
      }
      types.add(type instanceof com.palantir.javapoet.ClassName className ? className.simpleName() : type.toString());
    }
    return String.join(", ", types);
  }

  /** The tags after the parameters, and the deprecation where the spec marks the method. */
  private CodeBlock closing(MethodShape shape, String name, CodeBlock.Builder doc, TypeName returnType,
      boolean async) {
    if (name.equals(shape.names().toFile().orElse(null))) {
      doc.add("@param $N the file to write; replaced if it exists. The body is streamed, never held in memory\n",
          shape.names().targetParameter());
    }
    doc.add("$L", returnDoc(shape, returnType, async));
    if (!async) {
      doc.add("@throws $T when the server reports an error in its response\n", Types.COMET_API_EXCEPTION)
          .add("@throws $T on any other failure: connection, timeout, HTTP status, decoding\n", Types.COMET_EXCEPTION);
    }
    shape.method().deprecatedSince().ifPresent(since -> doc.add("$L", Javadocs.deprecated(since)));
    return doc.add("$L", Javadocs.since(context.since().method(shape.method()), context.spec().serverVersion()))
        .build();
  }

  private String summary(MethodShape shape, boolean async) {
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

  private static String paramDocs(MethodShape shape, List<Parameter> params) {
    StringBuilder doc = new StringBuilder();
    for (Parameter param : params) {
      doc.append("@param ").append(shape.javaName(param)).append(' ').append(describeParam(param)).append('\n');
    }
    return doc.toString();
  }

  /** One parameter's facts: form field, spec type, encoding, whether required. */
  static String describeParam(Parameter param) {
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
}
