package dev.cometsdk.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.generator.JavaMapping;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.AuthKind;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.ConstantValue;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.SpecLoader;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import dev.cometsdk.spec.WireEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of a spec is in its OpenAPI document, where a reader of OpenAPI looks for it, and
 * the document holds nothing the spec does not give: methods are the operations, parameters the
 * form properties, fields the component schemas' properties, constants the enumerations and
 * {@code x-comet-constants}. Checked on the newest bundled version and on the generator's fixture
 * spec, which has what the bundled versions lack (a deprecated method, a string-keyed alias map,
 * integer map keys, every primitive type).
 *
 * <p>The document is read back from the JSON text the CLI writes, and the type checks below
 * describe the mapping on their own rather than calling {@code Schemas}.
 */
class OpenApiFaithfulnessTest {
  private static final String REF = "#/components/schemas/";
  private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Map<String, JsonNode> DOCUMENTS = new HashMap<>();

  static Stream<Arguments> specs() {
    ApiSpec newest = BundledSpecs.catalog().loadNewest();
    ApiSpec fixture = SpecLoader.load(Path.of("../generator/src/test/resources/fixtures/everything.json"));
    return Stream.of(Arguments.of("newest bundled (" + newest.serverVersion() + ")", newest),
        Arguments.of("fixture everything.json", fixture));
  }

  private static JsonNode document(String label, ApiSpec spec) {
    return DOCUMENTS.computeIfAbsent(label, key -> {
      try {
        return new ObjectMapper().readTree(OpenApiWriter.write(OpenApiExporter.export(spec), OpenApiWriter.Format.JSON));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The operations by operationId, each with its path and HTTP method. */
  private static Map<String, Located> operations(JsonNode document) {
    Map<String, Located> operations = new LinkedHashMap<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
      assertTrue(VERBS.contains(entry.getKey()), path.getKey() + " has '" + entry.getKey() + "' beside its operations");
      String id = entry.getValue().path("operationId").asText();
      Located previous = operations.put(id, new Located(path.getKey(), entry.getKey(), entry.getValue()));
      assertEquals(null, previous, "operationId " + id + " twice");
    }));
    return operations;
  }

  private record Located(String path, String verb, JsonNode operation) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyMethodIsOneOperationAtItsPathWithItsHttpMethod(String label, ApiSpec spec) {
    Map<String, Located> operations = operations(document(label, spec));
    assertEquals(spec.methods().stream().map(ApiMethod::name).collect(Collectors.toCollection(TreeSet::new)),
        new TreeSet<>(operations.keySet()));
    for (ApiMethod method : spec.methods()) {
      Located located = operations.get(method.name());
      assertEquals(method.path(), located.path(), method.name());
      assertEquals(method.httpMethod().wireValue().toLowerCase(Locale.ROOT), located.verb(), method.name());
      assertTrue(located.operation().path("tags").isArray() && located.operation().path("tags").size() == 1,
          method.name() + " has one tag");
      assertEquals(method.name(), located.operation().path("summary").asText(), method.name());
      String tag = located.operation().path("tags").get(0).asText();
      assertTrue(method.path().startsWith("/api/v1/" + tag + "/") || method.path().startsWith("/" + tag + "/"),
          method.name() + ": tag " + tag + " is a folder of " + method.path());
    }
    Set<String> declaredTags = new TreeSet<>();
    document(label, spec).path("tags").forEach(tag -> declaredTags.add(tag.path("name").asText()));
    Set<String> usedTags = operations.values().stream().map(located -> located.operation().path("tags").get(0).asText())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(usedTags, declaredTags, "the tags the operations use, and only those, are declared");
    List<String> grouped = new ArrayList<>();
    document(label, spec).path("x-tagGroups").forEach(group -> grouped.addAll(texts(group.path("tags"))));
    assertEquals(new ArrayList<>(usedTags), grouped.stream().sorted().toList(), "Redoc's tag groups hold every tag once");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyParameterIsAFormPropertyOfItsOperation(String label, ApiSpec spec) {
    Map<String, Located> operations = operations(document(label, spec));
    for (ApiMethod method : spec.methods()) {
      String where = method.name();
      JsonNode operation = operations.get(method.name()).operation();
      boolean formCredentials = method.contentType() == ContentType.FORM_URLENCODED && method.auth() != AuthKind.NONE;
      if (method.params().isEmpty() && !formCredentials) {
        assertTrue(operation.path("requestBody").isMissingNode(), where + " has no body");
        continue;
      }
      JsonNode content = operation.path("requestBody").path("content");
      assertEquals(List.of(method.contentType().wireValue()), names(content), where);
      assertTrue(operation.path("requestBody").path("required").asBoolean(), where);
      JsonNode media = content.path(method.contentType().wireValue());
      JsonNode schema = media.path("schema");
      assertEquals("object", schema.path("type").asText(), where);
      assertEquals(method.params().stream().map(Parameter::wireName).toList(), names(schema.path("properties")),
          where + ": the parameters by wire name, in order, and nothing else");
      assertTrue(Set.of("type", "properties", "required", "allOf").containsAll(names(schema)), where + ": " + names(schema));

      Set<String> required = new TreeSet<>();
      schema.path("required").forEach(name -> required.add(name.asText()));
      assertEquals(method.params().stream().filter(param -> !param.optional()).map(Parameter::wireName)
          .collect(Collectors.toCollection(TreeSet::new)), required, where + ": required parameters");
      if (required.isEmpty()) {
        assertFalse(schema.has("required"), where + ": no empty required list");
      }

      boolean multipart = method.contentType() == ContentType.MULTIPART_FORM_DATA;
      Map<String, String> encodings = new TreeMap<>();
      media.path("encoding").fields().forEachRemaining(entry -> {
        assertEquals(List.of("contentType"), names(entry.getValue()), where + " encoding " + entry.getKey());
        encodings.put(entry.getKey(), entry.getValue().path("contentType").asText());
      });
      Map<String, String> expectedEncodings = new TreeMap<>();
      for (Parameter param : method.params()) {
        JsonNode property = schema.path("properties").path(param.wireName());
        String at = where + "(" + param.wireName() + ")";
        if (multipart && param.wireName().equals("upload")) {
          assertEquals("string", property.path("type").asText(), at);
          assertEquals("application/octet-stream", property.path("contentMediaType").asText(), at + " is the file part");
        } else {
          assertSchema(spec, param.type(), property, at);
          if (param.wireEncoding() == WireEncoding.JSON) {
            expectedEncodings.put(param.wireName(), "application/json");
          }
        }
        assertEquals(param.name().equals(param.wireName()) ? null : param.name(),
            property.path("x-comet-sdk-name").textValue(), at);
        assertEquals(param.defaultsToServerUrl(), property.path("x-comet-defaults-to-server-url").asBoolean(), at);
      }
      assertEquals(expectedEncodings, encodings, where + ": the JSON-encoded parameters, and only those");

      if (formCredentials) {
        assertEquals(List.of(Map.of("$ref", REF + OpenApiExporter.CREDENTIALS_SCHEMA)),
            new ObjectMapper().convertValue(schema.path("allOf"), List.class), where + " carries the form credentials");
      } else {
        assertFalse(schema.has("allOf"), where + " carries no form credentials");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void credentialsAreTheFormFieldsAndHeadersOfProtocolMd(String label, ApiSpec spec) {
    JsonNode document = document(label, spec);
    JsonNode credentials = document.path("components").path("schemas").path(OpenApiExporter.CREDENTIALS_SCHEMA);
    assertEquals(List.of("Username", "AuthType", "Password", "TOTP", "SessionKey"), names(credentials.path("properties")));
    assertEquals(List.of("Password", "PasswordTOTP", "SessionKey"), texts(credentials.path("properties").path("AuthType").path("enum")));
    assertEquals(List.of("Username", "AuthType"), texts(credentials.path("required")));

    JsonNode schemes = document.path("components").path("securitySchemes");
    Map<String, String> headerOfScheme = new TreeMap<>();
    schemes.fields().forEachRemaining(entry -> {
      assertEquals("apiKey", entry.getValue().path("type").asText(), entry.getKey());
      assertEquals("header", entry.getValue().path("in").asText(), entry.getKey());
      headerOfScheme.put(entry.getKey(), entry.getValue().path("name").asText());
    });
    assertEquals(Set.of("X-Comet-Admin-Username", "X-Comet-Admin-AuthType", "X-Comet-Admin-Password",
        "X-Comet-Admin-TOTP", "X-Comet-Admin-SessionKey"), new TreeSet<>(headerOfScheme.values()));

    Map<String, Located> operations = operations(document);
    int multipartMethods = 0;
    for (ApiMethod method : spec.methods()) {
      JsonNode security = operations.get(method.name()).operation().path("security");
      if (method.contentType() == ContentType.MULTIPART_FORM_DATA && method.auth() != AuthKind.NONE) {
        multipartMethods++;
        Set<Set<String>> alternatives = new LinkedHashSet<>();
        security.forEach(requirement -> alternatives.add(names(requirement).stream().map(headerOfScheme::get)
            .collect(Collectors.toCollection(TreeSet::new))));
        assertEquals(Set.of(
            Set.of("X-Comet-Admin-Username", "X-Comet-Admin-AuthType", "X-Comet-Admin-Password"),
            Set.of("X-Comet-Admin-Username", "X-Comet-Admin-AuthType", "X-Comet-Admin-Password", "X-Comet-Admin-TOTP"),
            Set.of("X-Comet-Admin-AuthType", "X-Comet-Admin-SessionKey")), alternatives, method.name());
      } else {
        assertEquals(0, security.size(), method.name() + " has no header credentials");
      }
    }
    assertEquals(1, multipartMethods, "the upload");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void responsesHaveTheReturnType(String label, ApiSpec spec) {
    Map<String, Located> operations = operations(document(label, spec));
    for (ApiMethod method : spec.methods()) {
      JsonNode content = operations.get(method.name()).operation().path("responses").path("200").path("content");
      if (method.returnsBytes()) {
        assertEquals(List.of("application/octet-stream"), names(content), method.name());
        assertEquals("string", content.path("application/octet-stream").path("schema").path("type").asText());
      } else {
        assertEquals(List.of("application/json"), names(content), method.name());
        assertSchema(spec, method.returns(), content.path("application/json").path("schema"), method.name() + " returns");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyTypeIsAComponentSchemaWithEveryField(String label, ApiSpec spec) {
    JsonNode schemas = document(label, spec).path("components").path("schemas");
    List<String> expected = new ArrayList<>();
    expected.add(OpenApiExporter.CREDENTIALS_SCHEMA);
    spec.types().forEach(type -> expected.add(type.name()));
    assertEquals(expected, names(schemas), "the types, and only they, beside the credentials");
    for (TypeDeclaration type : spec.types()) {
      JsonNode schema = schemas.path(type.name());
      assertEquals(type.deprecatedSince().orElse(null), schema.path("x-comet-deprecated-since").textValue(), type.name());
      if (type instanceof TypeDeclaration.Struct struct) {
        assertEquals("object", schema.path("type").asText(), type.name());
        assertTrue(schema.path("additionalProperties").asBoolean(), type.name() + " keeps unknown fields");
        assertEquals(struct.fields().stream().map(Field::jsonName).toList(), names(schema.path("properties")),
            type.name() + ": the fields by JSON key, in order, and nothing else");
        for (Field field : struct.fields()) {
          JsonNode property = schema.path("properties").path(field.jsonName());
          String at = type.name() + "." + field.jsonName();
          assertSchema(spec, field.type(), property, at);
          assertEquals(field.name().equals(field.jsonName()) ? null : field.name(),
              property.path("x-comet-sdk-name").textValue(), at);
          assertEquals(field.omitEmpty(), property.path("x-comet-omit-empty").asBoolean(), at);
          assertEquals(field.deprecatedSince().orElse(null), property.path("x-comet-deprecated-since").textValue(), at);
        }
      } else {
        TypeDeclaration.Alias alias = (TypeDeclaration.Alias) type;
        List<Constant> constants = spec.constantsOfType(alias.name());
        if (constants.isEmpty()) {
          assertSchema(spec, alias.target(), schema, alias.name());
          assertFalse(schema.has("anyOf"), alias.name());
        } else {
          JsonNode anyOf = schema.path("anyOf");
          assertEquals(2, anyOf.size(), alias.name() + " is the known values or any value of its type");
          assertSchema(spec, alias.target(), anyOf.get(0), alias.name() + " known");
          assertSchema(spec, alias.target(), anyOf.get(1), alias.name() + " open");
          assertFalse(anyOf.get(1).has("enum"), alias.name() + " stays open");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyConstantIsNamedOnceWithItsValue(String label, ApiSpec spec) {
    JsonNode document = document(label, spec);
    List<String> found = new ArrayList<>();
    walk(document, "", (pointer, node) -> {
      if (node.has("x-enum-varnames")) {
        found.addAll(texts(node.path("x-enum-varnames")));
        node.path("x-comet-synonyms").fieldNames().forEachRemaining(found::add);
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(value -> values.add(value.toString()));
        assertEquals(values.size(), new java.util.HashSet<>(values).size(), pointer + " has unique enum values");
      }
    });
    JsonNode primitive = document.path("components").path("x-comet-constants");
    found.addAll(names(primitive));
    assertEquals(spec.constants().stream().map(Constant::name).sorted().toList(), found.stream().sorted().toList(),
        "each constant once, and nothing else");

    JsonNode schemas = document.path("components").path("schemas");
    for (Constant constant : spec.constants()) {
      String at = constant.name();
      if (constant.type() instanceof PrimitiveType) {
        JsonNode entry = primitive.path(constant.name());
        assertEquals(constant.type().toString(), entry.path("type").asText(), at);
        assertValue(constant.value(), entry.path("value"), at);
        assertEquals(constant.valueRef().orElse(null), entry.path("valueRef").textValue(), at);
        assertEquals(constant.deprecatedSince().orElse(null), entry.path("deprecatedSince").textValue(), at);
      } else {
        String alias = ((TypeRef.NamedType) constant.type()).name();
        JsonNode known = schemas.path(alias).path("anyOf").path(0);
        String named = known.path("x-comet-synonyms").path(constant.name()).asText(constant.name());
        int index = texts(known.path("x-enum-varnames")).indexOf(named);
        assertTrue(index >= 0, at + " is named in " + alias + (named.equals(at) ? "" : " through its synonym " + named));
        assertValue(constant.value(), known.path("enum").path(index), at);
        assertEquals(constant.valueRef().orElse(null), known.path("x-comet-value-refs").path(constant.name()).textValue(), at);
        assertEquals(constant.deprecatedSince().orElse(null),
            known.path("x-comet-deprecated-constants").path(constant.name()).textValue(), at);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void deprecatedElementsAndOnlyThoseAreDeprecated(String label, ApiSpec spec) {
    JsonNode document = document(label, spec);
    Set<String> expected = new TreeSet<>();
    for (ApiMethod method : spec.methods()) {
      if (method.isDeprecated()) {
        expected.add("/paths/" + escape(method.path()) + "/" + method.httpMethod().wireValue().toLowerCase(Locale.ROOT));
      }
    }
    for (TypeDeclaration type : spec.types()) {
      if (type.deprecatedSince().isPresent()) {
        expected.add("/components/schemas/" + escape(type.name()));
      }
      if (type instanceof TypeDeclaration.Struct struct) {
        for (Field field : struct.fields()) {
          if (field.deprecatedSince().isPresent()) {
            expected.add("/components/schemas/" + escape(type.name()) + "/properties/" + escape(field.jsonName()));
          }
        }
      }
    }
    Set<String> actual = new TreeSet<>();
    walk(document, "", (pointer, node) -> {
      if (node.has("deprecated")) {
        assertTrue(node.path("deprecated").asBoolean(), pointer + ": deprecated is only ever true");
        actual.add(pointer);
      }
    });
    assertEquals(expected, actual);
    Map<String, Located> operations = operations(document);
    for (ApiMethod method : spec.methods()) {
      assertEquals(method.deprecatedSince().orElse(null),
          operations.get(method.name()).operation().path("x-comet").path("deprecatedSince").textValue(), method.name());
    }
  }

  /** The Java names come from the generator's naming component, the one place that decides them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void javaNamesAreTheGeneratedClientsOwn(String label, ApiSpec spec) {
    JsonNode document = document(label, spec);
    Map<String, Located> operations = operations(document);
    JavaMapping java = JavaMapping.of(spec);
    for (ApiMethod method : spec.methods()) {
      JsonNode names = operations.get(method.name()).operation().path("x-comet-java");
      assertEquals(java.methodOwner(method), names.path("interface").asText(), method.name());
      assertEquals(java.methodName(method), names.path("method").asText(), method.name());
    }
    for (TypeDeclaration type : spec.types()) {
      JsonNode schema = document.path("components").path("schemas").path(type.name());
      assertEquals(java.hasJavaClass(type) ? java.className(type) : null, schema.path("x-comet-java-class").textValue(),
          type.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void methodFactsAreKept(String label, ApiSpec spec) {
    Map<String, Located> operations = operations(document(label, spec));
    for (ApiMethod method : spec.methods()) {
      JsonNode facts = operations.get(method.name()).operation().path("x-comet");
      assertEquals(method.auth().wireValue(), facts.path("auth").asText(), method.name());
      assertEquals(method.requiresRole(), texts(facts.path("requiresRole")), method.name());
      assertEquals(method.topLevelAdminOnly(), facts.path("topLevelAdminOnly").asBoolean(), method.name());
      assertEquals(method.mayBeRestrictedPerAdmin(), facts.path("mayBeRestrictedPerAdmin").asBoolean(), method.name());
      assertEquals(method.authOptionalIfServerAllowsUnauthenticatedDownloads(),
          facts.path("authOptionalIfServerAllowsUnauthenticatedDownloads").asBoolean(), method.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void infoVersionIsApplicationVersion(String label, ApiSpec spec) {
    JsonNode document = document(label, spec);
    assertEquals("3.1.0", document.path("openapi").asText());
    ConstantValue version = spec.constant("APPLICATION_VERSION").orElseThrow().value();
    assertEquals(((ConstantValue.StringValue) version).value(), document.path("info").path("version").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyReferencePointsToAComponentSchema(String label, ApiSpec spec) {
    JsonNode document = document(label, spec);
    JsonNode schemas = document.path("components").path("schemas");
    int[] count = {0};
    walk(document, "", (pointer, node) -> {
      if (node.has("$ref")) {
        String ref = node.path("$ref").asText();
        assertTrue(ref.startsWith(REF) && schemas.has(ref.substring(REF.length())), pointer + ": " + ref);
        count[0]++;
      }
    });
    assertTrue(count[0] > 0);
  }

  /** {@code schema} describes the JSON of {@code type}, per the mapping docs/openapi.md gives. */
  private static void assertSchema(ApiSpec spec, TypeRef type, JsonNode schema, String at) {
    assertNotNull(schema, at);
    String where = at + " (" + type + ")";
    if (type instanceof TypeRef.NamedType named) {
      assertEquals(REF + named.name(), schema.path("$ref").asText(), where);
    } else if (type instanceof TypeRef.ListType list) {
      assertEquals("array", schema.path("type").asText(), where);
      assertSchema(spec, list.element(), schema.path("items"), at + "[]");
    } else if (type instanceof TypeRef.MapType map) {
      assertEquals("object", schema.path("type").asText(), where);
      assertSchema(spec, map.value(), schema.path("additionalProperties"), at + "{}");
      TypeRef key = spec.resolveAliases(map.key());
      JsonNode names = schema.path("propertyNames");
      if (key == PrimitiveType.STRING) {
        if (map.key() instanceof TypeRef.NamedType keyAlias) {
          assertEquals(REF + keyAlias.name(), names.path("$ref").asText(), where + " keys");
        } else {
          assertTrue(names.isMissingNode(), where + ": any text is a key");
        }
      } else {
        PrimitiveType integer = (PrimitiveType) key;
        String pattern = names.path("pattern").asText();
        assertTrue("4001".matches(pattern.replace("^", "").replace("$", "")), where + " keys: " + pattern);
        assertEquals(integer.isSigned(), "-1".matches(pattern.replace("^", "").replace("$", "")), where + " keys: " + pattern);
        assertFalse("x".matches(pattern.replace("^", "").replace("$", "")), where + " keys: " + pattern);
        assertEquals(map.key().toString(), schema.path("x-comet-key-type").asText(), where);
      }
    } else if (type instanceof TypeRef.NullableType nullable) {
      assertEquals(2, schema.path("anyOf").size(), where);
      assertSchema(spec, nullable.inner(), schema.path("anyOf").get(0), where);
      assertEquals("null", schema.path("anyOf").get(1).path("type").asText(), where);
    } else {
      assertPrimitive((PrimitiveType) type, schema, where);
    }
  }

  private static void assertPrimitive(PrimitiveType type, JsonNode schema, String where) {
    switch (type) {
      case STRING -> assertEquals("string", schema.path("type").asText(), where);
      case BOOL -> assertEquals("boolean", schema.path("type").asText(), where);
      case FLOAT32 -> assertEquals(List.of("number", "float"), List.of(schema.path("type").asText(), schema.path("format").asText()), where);
      case FLOAT64 -> assertEquals(List.of("number", "double"), List.of(schema.path("type").asText(), schema.path("format").asText()), where);
      case BYTES -> assertEquals(List.of("string", "base64"),
          List.of(schema.path("type").asText(), schema.path("contentEncoding").asText()), where);
      case ANY -> assertTrue(!schema.has("type") && !schema.has("$ref"), where + " admits any JSON value");
      default -> {
        assertEquals("integer", schema.path("type").asText(), where);
        // The range the schema admits, from its bounds or its format, is the type's range.
        String format = schema.path("format").asText();
        BigInteger min = schema.has("minimum") ? schema.path("minimum").bigIntegerValue()
            : format.equals("int32") ? BigInteger.valueOf(Integer.MIN_VALUE)
            : format.equals("int64") ? BigInteger.valueOf(Long.MIN_VALUE) : null;
        BigInteger max = schema.has("maximum") ? schema.path("maximum").bigIntegerValue()
            : format.equals("int32") ? BigInteger.valueOf(Integer.MAX_VALUE)
            : format.equals("int64") ? BigInteger.valueOf(Long.MAX_VALUE) : null;
        assertEquals(type.minValue(), min, where + " minimum");
        assertEquals(type.maxValue(), max, where + " maximum");
        // A client generator sizes its integer by the format: it must hold every value of the type.
        if (type.bits() <= 32) {
          BigInteger formatMax = format.equals("int32") ? BigInteger.valueOf(Integer.MAX_VALUE)
              : format.equals("int64") ? BigInteger.valueOf(Long.MAX_VALUE) : BigInteger.ZERO;
          assertTrue(formatMax.compareTo(type.maxValue()) >= 0, where + " format " + format + " holds " + type.maxValue());
        }
      }
    }
  }

  private static void assertValue(ConstantValue value, JsonNode node, String at) {
    if (value instanceof ConstantValue.StringValue text) {
      assertEquals(text.value(), node.textValue(), at);
    } else {
      assertTrue(node.isIntegralNumber(), at);
      assertEquals(((ConstantValue.IntegerValue) value).value(), node.bigIntegerValue(), at);
    }
  }

  /** Calls {@code visit} for every object of the tree, with its JSON pointer. */
  private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      visit.accept(pointer, node);
      node.fields().forEachRemaining(entry -> walk(entry.getValue(), pointer + "/" + escape(entry.getKey()), visit));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visit);
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }
}
