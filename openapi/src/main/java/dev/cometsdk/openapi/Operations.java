package dev.cometsdk.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.generator.JavaSymbols;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.AuthKind;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.PrimitiveType;
import java.util.ArrayList;
import java.util.List;

/** One API method as an OpenAPI operation. */
final class Operations {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String API_ROOT = "/api/v1/";
  private static final String[] ADMIN_HEADERS = {"Username", "AuthType", "Password", "TOTP", "SessionKey"};

  private Operations() {}

  static ObjectNode operation(ApiSpec spec, JavaSymbols symbols, ApiMethod method) {
    ObjectNode operation = JSON.objectNode();
    operation.put("operationId", method.name());
    JavaSymbols.MethodSymbols java = symbols.method(method);
    operation.putObject("x-comet-java").put("interface", java.area().simpleName()).put("method", java.blocking());
    operation.putArray("tags").add(tag(method));
    operation.put("summary", method.name());
    operation.put("description", description(method));
    if (!method.params().isEmpty() || OpenApiExporter.hasFormCredentials(method)) {
      operation.set("requestBody", requestBody(spec, method));
    }
    if (method.contentType() == ContentType.MULTIPART_FORM_DATA && method.auth() != AuthKind.NONE) {
      // The three kinds of credentials of PROTOCOL.md, each a set of headers that go together.
      ArrayNode security = operation.putArray("security");
      requirement(security, "Username", "AuthType", "Password");
      requirement(security, "Username", "AuthType", "Password", "TOTP");
      requirement(security, "AuthType", "SessionKey");
    } else {
      operation.putArray("security");
    }
    operation.set("responses", responses(spec, method));
    method.deprecatedSince().ifPresent(since -> operation.put("deprecated", true));
    ObjectNode facts = operation.putObject("x-comet");
    facts.put("auth", method.auth().wireValue());
    ArrayNode roles = facts.putArray("requiresRole");
    method.requiresRole().forEach(roles::add);
    facts.put("topLevelAdminOnly", method.topLevelAdminOnly());
    facts.put("mayBeRestrictedPerAdmin", method.mayBeRestrictedPerAdmin());
    facts.put("authOptionalIfServerAllowsUnauthenticatedDownloads",
        method.authOptionalIfServerAllowsUnauthenticatedDownloads());
    method.deprecatedSince().ifPresent(since -> facts.put("deprecatedSince", since));
    return operation;
  }

  private static void requirement(ArrayNode security, String... headers) {
    ObjectNode requirement = security.addObject();
    for (String header : headers) {
      requirement.putArray("cometAdmin" + header);
    }
  }

  /**
   * The area of the method, as the Java client groups its methods ({@link JavaSymbols#areaFolder}):
   * the folder of the path below {@code /api/v1/}, at most two levels deep ({@code admin},
   * {@code admin/dispatcher}, {@code user/web}), or the folder of a path outside it ({@code gen});
   * {@code root} for a path without a folder. Some 180 administrator methods in one group are too
   * many to browse, and the paths group them as the server does.
   */
  static String tag(ApiMethod method) {
    String folder = JavaSymbols.areaFolder(method);
    return folder.isEmpty() ? "root" : folder;
  }

  /** The tag's description: the path prefix it stands for, which is all the spec says of it. */
  static String tagDescription(ApiMethod method) {
    String tag = tag(method);
    return "Methods " + (tag.contains("/") ? "" : "directly ") + "under " + root(method)
        + (JavaSymbols.areaFolder(method).isEmpty() ? "" : tag + "/") + ".";
  }

  private static String root(ApiMethod method) {
    return method.path().startsWith(API_ROOT) ? API_ROOT : "/";
  }

  private static String description(ApiMethod method) {
    String who = switch (method.auth()) {
      case ADMIN -> "administrator credentials";
      case USER -> "end-user credentials";
      case ANY -> "administrator or end-user credentials";
      case NONE -> "no credentials";
    };
    String text = "Needs " + who + ".";
    if (!method.requiresRole().isEmpty()) {
      text += " Needs the server role(s) " + String.join(", ", method.requiresRole()) + ".";
    }
    if (method.topLevelAdminOnly()) {
      text += " Top-level administrators only.";
    }
    if (method.mayBeRestrictedPerAdmin()) {
      text += " The server can deny it to individual administrators.";
    }
    if (method.authOptionalIfServerAllowsUnauthenticatedDownloads()) {
      text += " Credentials may be left out when the server allows unauthenticated downloads.";
    }
    if (method.returnsBytes()) {
      text += " Answers with the raw file, which can be large.";
    }
    if (method.deprecatedSince().isPresent()) {
      text += " Deprecated (" + method.deprecatedSince().get() + ").";
    }
    return text;
  }

  private static ObjectNode requestBody(ApiSpec spec, ApiMethod method) {
    boolean multipart = method.contentType() == ContentType.MULTIPART_FORM_DATA;
    ObjectNode params = JSON.objectNode();
    params.put("type", "object");
    ObjectNode properties = params.putObject("properties");
    List<String> required = new ArrayList<>();
    ObjectNode encoding = JSON.objectNode();
    for (Parameter param : method.params()) {
      ObjectNode property;
      if (multipart && param.wireName().equals("upload")) {
        property = JSON.objectNode().put("type", "string").put("contentMediaType", "application/octet-stream");
      } else if (OpenApiExporter.isJson(param)) {
        property = Schemas.of(spec, param.type());
        encoding.putObject(param.wireName()).put("contentType", "application/json");
      } else {
        property = Schemas.of(spec, param.type());
      }
      if (param.defaultsToServerUrl()) {
        property.put("description", "When left out, clients send their own server URL.");
        property.put("x-comet-defaults-to-server-url", true);
      }
      if (!param.name().equals(param.wireName())) {
        property.put("x-comet-sdk-name", param.name());
      }
      properties.set(param.wireName(), property);
      if (!param.optional()) {
        required.add(param.wireName());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode list = params.putArray("required");
      required.forEach(list::add);
    }
    // The parameters are the body schema's own properties, not a member of an allOf: an
    // encoding entry must name a property of the schema it belongs to, and tools look for it
    // there. The credentials join through allOf beside them.
    if (OpenApiExporter.hasFormCredentials(method)) {
      params.putArray("allOf").addObject().put("$ref", OpenApiExporter.COMPONENTS + OpenApiExporter.CREDENTIALS_SCHEMA);
    }
    ObjectNode media = JSON.objectNode();
    media.set("schema", params);
    if (!encoding.isEmpty()) {
      media.set("encoding", encoding);
    }
    ObjectNode body = JSON.objectNode();
    body.put("required", true);
    body.putObject("content").set(method.contentType().wireValue(), media);
    return body;
  }

  private static ObjectNode responses(ApiSpec spec, ApiMethod method) {
    ObjectNode responses = JSON.objectNode();
    ObjectNode ok = responses.putObject("200");
    ObjectNode content = ok.putObject("content");
    if (method.returns() == PrimitiveType.BYTES) {
      ok.put("description", "The file, as the raw response body.");
      content.putObject("application/octet-stream").putObject("schema").put("type", "string")
          .put("contentMediaType", "application/octet-stream");
    } else {
      ok.put("description", "Success. A JSON object {\"Status\": >= 400, \"Message\": \"...\"} in a 200 answer is an"
          + " error all the same.");
      content.putObject("application/json").set("schema", Schemas.of(spec, method.returns()));
    }
    ObjectNode failure = responses.putObject("default");
    failure.put("description", "An error: any non-2xx status; the body may be JSON, HTML or empty.");
    return responses;
  }

  static ObjectNode securitySchemes() {
    ObjectNode schemes = JSON.objectNode();
    for (String header : ADMIN_HEADERS) {
      ObjectNode scheme = schemes.putObject("cometAdmin" + header);
      scheme.put("type", "apiKey");
      scheme.put("in", "header");
      scheme.put("name", "X-Comet-Admin-" + header);
      scheme.put("description", "Credential header of multipart requests (the file upload).");
    }
    return schemes;
  }
}
