package dev.cometsdk.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.generator.JavaSymbols;
import dev.cometsdk.generator.SinceIndex;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.AuthKind;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.ConstantValue;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.WireEncoding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An OpenAPI 3.1 document for one spec: a pure function of the model, so that the same spec always
 * gives the same document.
 *
 * <ul>
 *   <li>Each method is an operation on its path ({@code operationId} and {@code summary} = the
 *       method name, tagged with its area: the folder of its path, as the Java client groups its
 *       methods), its Java interface and method in {@code x-comet-java}, with its HTTP method (POST for all but
 *       the one GET), a form body (multipart for the upload) whose properties are the parameters,
 *       required ones listed as required, JSON-encoded ones given
 *       {@code encoding.contentType: application/json}.
 *   <li>Form credentials cannot be an OpenAPI security scheme (those live in headers, queries or
 *       cookies), so they are a shared schema, {@code CometFormCredentials}, joined to every
 *       authenticated form body with {@code allOf}; the multipart method's credential headers are
 *       real {@code apiKey} security schemes.
 *   <li>Every data structure is a component schema; unknown properties stay allowed, as newer
 *       servers add fields. An alias with constants is an open enumeration: {@code anyOf} the known
 *       values (named by {@code x-enum-varnames}, with constants that share a value in
 *       {@code x-comet-synonyms}) or any value of its type.
 *   <li>{@code deprecatedSince} becomes {@code deprecated: true}, with the version as the spec
 *       writes it in an {@code x-} extension; {@code APPLICATION_VERSION} becomes
 *       {@code info.version}. A constant defined as another keeps that name ({@code valueRef}).
 * </ul>
 */
public final class OpenApiExporter {
  static final String CREDENTIALS_SCHEMA = "CometFormCredentials";
  static final String COMPONENTS = "#/components/schemas/";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenApiExporter() {}

  public static ObjectNode export(ApiSpec spec) {
    // The Java names of the generated client, for the x-comet-java extensions and the tags.
    JavaSymbols symbols = JavaSymbols.of(spec, GeneratorOptions.defaults(), SinceIndex.bundled());
    ObjectNode root = JSON.objectNode();
    root.put("openapi", "3.1.0");
    root.set("info", info(spec));
    ArrayNode servers = root.putArray("servers");
    ObjectNode server = servers.addObject();
    server.put("url", "{serverUrl}");
    server.put("description", "Your Comet Server; a base path behind a reverse proxy is kept.");
    server.putObject("variables").putObject("serverUrl").put("default", "https://backup.example.com");
    Map<String, String> tags = new TreeMap<>();
    for (ApiMethod method : spec.methods()) {
      tags.putIfAbsent(Operations.tag(method), Operations.tagDescription(method));
    }
    ArrayNode tagList = root.putArray("tags");
    tags.forEach((name, description) -> tagList.addObject().put("name", name).put("description", description));
    // Redoc's grouping of tags in its menu: one group per first folder (admin, user, ...).
    Map<String, ArrayNode> groups = new TreeMap<>();
    tags.keySet().forEach(name -> groups.computeIfAbsent(name.split("/")[0], group -> JSON.arrayNode()).add(name));
    ArrayNode groupList = root.putArray("x-tagGroups");
    groups.forEach((name, members) -> groupList.addObject().put("name", name).set("tags", members));
    ObjectNode paths = root.putObject("paths");
    for (ApiMethod method : spec.methods()) {
      ObjectNode path = paths.has(method.path()) ? (ObjectNode) paths.get(method.path()) : paths.putObject(method.path());
      path.set(method.httpMethod().wireValue().toLowerCase(Locale.ROOT), Operations.operation(spec, symbols, method));
    }
    ObjectNode components = root.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    schemas.set(CREDENTIALS_SCHEMA, credentialsSchema());
    for (TypeDeclaration type : spec.types()) {
      ObjectNode schema = typeSchema(spec, type);
      if (symbols.hasModelClass(type.name())) {
        schema.put("x-comet-java-class", symbols.modelClass(type.name()).simpleName());
      }
      schemas.set(type.name(), schema);
    }
    components.set("securitySchemes", Operations.securitySchemes());
    ObjectNode untyped = JSON.objectNode();
    for (Constant constant : spec.constants()) {
      if (constant.type() instanceof PrimitiveType) {
        ObjectNode entry = untyped.putObject(constant.name());
        entry.put("type", constant.type().toString());
        entry.set("value", value(constant.value()));
        constant.valueRef().ifPresent(ref -> entry.put("valueRef", ref));
        constant.deprecatedSince().ifPresent(since -> entry.put("deprecatedSince", since));
      }
    }
    components.set("x-comet-constants", untyped);
    return root;
  }

  private static ObjectNode info(ApiSpec spec) {
    ObjectNode info = JSON.objectNode();
    info.put("title", "Comet Server API");
    String version = spec.constant("APPLICATION_VERSION")
        .filter(constant -> constant.value() instanceof ConstantValue.StringValue)
        .map(constant -> ((ConstantValue.StringValue) constant.value()).value())
        .orElse(spec.serverVersion().toString());
    info.put("version", version);
    info.put("description", "The Comet Server API of server version " + version + ", exported from the Comet SDK"
        + " generator's spec. Methods send their parameters as a form body; credentials travel as form fields"
        + " (see the CometFormCredentials schema) or, for the file upload, as headers.");
    return info;
  }

  private static ObjectNode credentialsSchema() {
    ObjectNode schema = JSON.objectNode();
    schema.put("type", "object");
    schema.put("description", "The credentials every authenticated form request carries. AuthType Password needs"
        + " Password; PasswordTOTP also TOTP (a one-time code, used once); SessionKey needs SessionKey.");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("Username").put("type", "string");
    ObjectNode authType = properties.putObject("AuthType");
    authType.put("type", "string");
    authType.putArray("enum").add("Password").add("PasswordTOTP").add("SessionKey");
    properties.putObject("Password").put("type", "string").put("format", "password");
    properties.putObject("TOTP").put("type", "string");
    properties.putObject("SessionKey").put("type", "string").put("format", "password");
    schema.putArray("required").add("Username").add("AuthType");
    return schema;
  }

  private static ObjectNode typeSchema(ApiSpec spec, TypeDeclaration type) {
    ObjectNode schema;
    if (type instanceof TypeDeclaration.Struct struct) {
      schema = JSON.objectNode();
      schema.put("type", "object");
      ObjectNode properties = schema.putObject("properties");
      for (Field field : struct.fields()) {
        ObjectNode property = Schemas.of(spec, field.type());
        if (!field.name().equals(field.jsonName())) {
          property.put("x-comet-sdk-name", field.name());
        }
        if (field.omitEmpty()) {
          property.put("x-comet-omit-empty", true);
        }
        deprecation(property, field.deprecatedSince());
        properties.set(field.jsonName(), property);
      }
      schema.put("additionalProperties", true);
    } else {
      schema = aliasSchema(spec, (TypeDeclaration.Alias) type);
    }
    deprecation(schema, type.deprecatedSince());
    return schema;
  }

  /** {@code deprecated: true} for tools, and the version the spec gives, which is not always one. */
  private static void deprecation(ObjectNode schema, Optional<String> since) {
    since.ifPresent(version -> schema.put("deprecated", true).put("x-comet-deprecated-since", version));
  }

  private static ObjectNode aliasSchema(ApiSpec spec, TypeDeclaration.Alias alias) {
    List<Constant> constants = spec.constantsOfType(alias.name());
    ObjectNode base = Schemas.of(spec, alias.target());
    if (constants.isEmpty()) {
      return base;
    }
    ObjectNode known = base.deepCopy();
    ArrayNode values = known.putArray("enum");
    ArrayNode names = known.putArray("x-enum-varnames");
    ObjectNode refs = JSON.objectNode();
    ObjectNode deprecated = JSON.objectNode();
    ObjectNode synonyms = JSON.objectNode();
    // enum values must be unique (JSON Schema), but Comet has synonym constants with one value:
    // each value is named by its first constant that is not deprecated (else its first), and the
    // other names are listed as synonyms of that one.
    Map<JsonNode, String> primaryByValue = new LinkedHashMap<>();
    for (Constant constant : constants) {
      JsonNode value = value(constant.value());
      String primary = primaryByValue.get(value);
      boolean replaces = primary != null && isDeprecated(constants, primary) && constant.deprecatedSince().isEmpty();
      if (primary == null || replaces) {
        primaryByValue.put(value, constant.name());
      }
    }
    primaryByValue.forEach((value, name) -> {
      values.add(value);
      names.add(name);
    });
    for (Constant constant : constants) {
      String primary = primaryByValue.get(value(constant.value()));
      if (!primary.equals(constant.name())) {
        synonyms.put(constant.name(), primary);
      }
      constant.valueRef().ifPresent(ref -> refs.put(constant.name(), ref));
      constant.deprecatedSince().ifPresent(since -> deprecated.put(constant.name(), since));
    }
    if (!synonyms.isEmpty()) {
      known.set("x-comet-synonyms", synonyms);
    }
    if (!refs.isEmpty()) {
      known.set("x-comet-value-refs", refs);
    }
    if (!deprecated.isEmpty()) {
      known.set("x-comet-deprecated-constants", deprecated);
    }
    ObjectNode schema = JSON.objectNode();
    schema.put("description", "One of the known values of " + alias.name() + ", or a value a newer server added.");
    schema.putArray("anyOf").add(known).add(base);
    return schema;
  }

  private static boolean isDeprecated(List<Constant> constants, String name) {
    return constants.stream().anyMatch(constant -> constant.name().equals(name) && constant.deprecatedSince().isPresent());
  }

  static JsonNode value(ConstantValue value) {
    if (value instanceof ConstantValue.StringValue text) {
      return JSON.textNode(text.value());
    }
    return JSON.numberNode(((ConstantValue.IntegerValue) value).value());
  }

  static boolean isJson(Parameter param) {
    return param.wireEncoding() == WireEncoding.JSON;
  }

  static boolean hasFormCredentials(ApiMethod method) {
    return method.auth() != AuthKind.NONE && method.contentType() == ContentType.FORM_URLENCODED;
  }
}
