package dev.cometsdk.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  private static final String[] ADMIN_HEADERS = {"Username", "AuthType", "Password", "TOTP", "SessionKey"};

  private Operations() {}

  static ObjectNode operation(ApiSpec spec, ApiMethod method) {
    ObjectNode operation = JSON.objectNode();
    operation.put("operationId", method.name());
    operation.putArray("tags").add(tag(method));
    operation.put("summary", method.name());
    operation.put("description", description(method));
    if (!method.params().isEmpty() || OpenApiExporter.hasFormCredentials(method)) {
      operation.set("requestBody", requestBody(method));
    }
    if (method.contentType() == ContentType.MULTIPART_FORM_DATA && method.auth() != AuthKind.NONE) {
      ArrayNode security = operation.putArray("security");
      ObjectNode password = security.addObject();
      password.putArray("cometAdminUsername");
      password.putArray("cometAdminAuthType");
      password.putArray("cometAdminPassword");
      ObjectNode sessionKey = security.addObject();
      sessionKey.putArray("cometAdminUsername");
      sessionKey.putArray("cometAdminAuthType");
      sessionKey.putArray("cometAdminSessionKey");
    } else {
      operation.putArray("security");
    }
    operation.set("responses", responses(method));
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

  private static String tag(ApiMethod method) {
    String[] segments = method.path().split("/");
    return segments.length > 3 && segments[1].equals("api") ? segments[3] : "general";
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
    return text;
  }

  private static ObjectNode requestBody(ApiMethod method) {
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
        property = Schemas.of(param.type());
        encoding.putObject(param.wireName()).put("contentType", "application/json");
      } else {
        property = Schemas.of(param.type());
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
    ObjectNode schema;
    if (OpenApiExporter.hasFormCredentials(method)) {
      schema = JSON.objectNode();
      schema.putArray("allOf").add(JSON.objectNode().put("$ref", OpenApiExporter.COMPONENTS
          + OpenApiExporter.CREDENTIALS_SCHEMA)).add(params);
    } else {
      schema = params;
    }
    ObjectNode media = JSON.objectNode();
    media.set("schema", schema);
    if (!encoding.isEmpty()) {
      media.set("encoding", encoding);
    }
    ObjectNode body = JSON.objectNode();
    body.put("required", true);
    body.putObject("content").set(method.contentType().wireValue(), media);
    return body;
  }

  private static ObjectNode responses(ApiMethod method) {
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
      content.putObject("application/json").set("schema", Schemas.of(method.returns()));
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
