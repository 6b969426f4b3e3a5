package dev.cometsdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cometsdk.spec.BundledSpecs.BundledVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped JSON Schema of spec files: every bundled spec passes it, and it rejects the same
 * structurally broken documents that {@link SpecLoader} rejects, so that an editor using the schema
 * and the loader tell the same story.
 */
class SpecSchemaTest {
  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonNode SPEC_SCHEMA_NODE = readResource("dev/cometsdk/spec/spec.schema.json");
  private static final Schema SPEC_SCHEMA = REGISTRY.getSchema(SPEC_SCHEMA_NODE);
  private static final BundledSpecs CATALOG = BundledSpecs.catalog();

  /** A small spec that both the schema and the loader accept without any remark. */
  private static final String BASE = """
      {
        "$schema": "https://cometsdk.dev/schemas/spec.schema.json",
        "serverVersion": "25.6.8",
        "methods": [
          {
            "name": "AdminGetUserProfile",
            "httpMethod": "POST",
            "path": "/api/v1/admin/get-user-profile",
            "contentType": "application/x-www-form-urlencoded",
            "auth": "admin",
            "authOptionalIfServerAllowsUnauthenticatedDownloads": false,
            "requiresRole": ["auth"],
            "topLevelAdminOnly": false,
            "mayBeRestrictedPerAdmin": true,
            "params": [
              {
                "name": "TargetUser",
                "wireName": "TargetUser",
                "type": "string",
                "optional": false,
                "wireEncoding": "raw",
                "defaultsToServerUrl": false
              }
            ],
            "returns": "UserProfileConfig"
          }
        ],
        "types": [
          {"name": "RetentionLevel", "kind": "alias", "type": "int64"},
          {
            "name": "UserProfileConfig",
            "kind": "struct",
            "fields": [
              {"name": "Username", "jsonName": "Username", "type": "string", "omitEmpty": false},
              {"name": "Retention", "jsonName": "Retention", "type": "RetentionLevel", "omitEmpty": true}
            ]
          }
        ],
        "constants": [
          {"name": "APPLICATION_VERSION", "type": "string", "value": "25.6.8"},
          {"name": "RETENTION_DEFAULT", "type": "RetentionLevel", "value": 2, "valueRef": "RETENTION_TWO"},
          {"name": "RETENTION_TWO", "type": "RetentionLevel", "value": 2}
        ]
      }
      """;

  // Pointers into BASE.
  private static final String METHOD = "/methods/0";
  private static final String PARAM = "/methods/0/params/0";
  private static final String ALIAS = "/types/0";
  private static final String STRUCT = "/types/1";
  private static final String FIELD = "/types/1/fields/0";
  private static final String CONSTANT = "/constants/1";

  static Stream<BundledVersion> bundled() {
    return CATALOG.versions().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundled")
  void everyBundledSpecPassesTheSchema(BundledVersion entry) throws IOException {
    List<Error> errors = SPEC_SCHEMA.validate(MAPPER.readTree(CATALOG.content(entry)));
    assertEquals(List.of(), describe(errors), entry.file());
  }

  @Test
  void theBaseDocumentPassesBothTheSchemaAndTheLoader() {
    assertAgreeValid(base());
  }

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        // missing keys
        broken("method without returns", Rule.SCHEMA_MISSING_KEY, doc -> object(doc, METHOD).remove("returns")),
        broken("spec without constants", Rule.SCHEMA_MISSING_KEY, doc -> doc.remove("constants")),
        broken("parameter without wireEncoding", Rule.SCHEMA_MISSING_KEY, doc -> object(doc, PARAM).remove("wireEncoding")),
        broken("field without omitEmpty", Rule.SCHEMA_MISSING_KEY, doc -> object(doc, FIELD).remove("omitEmpty")),
        broken("constant without value", Rule.SCHEMA_MISSING_KEY, doc -> object(doc, CONSTANT).remove("value")),
        broken("type without kind", Rule.SCHEMA_MISSING_KEY, doc -> object(doc, ALIAS).remove("kind")),
        broken("struct without fields", Rule.SCHEMA_MISSING_KEY, doc -> object(doc, STRUCT).remove("fields")),
        broken("alias without type", Rule.SCHEMA_MISSING_KEY, doc -> object(doc, ALIAS).remove("type")),
        // wrong JSON types
        broken("methods as an object", Rule.SCHEMA_WRONG_TYPE, doc -> doc.putObject("methods")),
        broken("method that is a string", Rule.SCHEMA_WRONG_TYPE, doc -> ((ArrayNode) doc.at("/methods")).set(0, "x")),
        broken("optional as a string", Rule.SCHEMA_WRONG_TYPE, doc -> object(doc, PARAM).put("optional", "yes")),
        broken("serverVersion as a number", Rule.SCHEMA_WRONG_TYPE, doc -> doc.put("serverVersion", 25)),
        broken("role that is a number", Rule.SCHEMA_WRONG_TYPE,
            doc -> object(doc, METHOD).putArray("requiresRole").add(1)),
        broken("fractional constant value", Rule.SCHEMA_WRONG_TYPE, doc -> object(doc, CONSTANT).put("value", 1.5)),
        broken("boolean constant value", Rule.SCHEMA_WRONG_TYPE, doc -> object(doc, CONSTANT).put("value", true)),
        broken("null type expression", Rule.SCHEMA_WRONG_TYPE, doc -> object(doc, FIELD).putNull("type")),
        broken("$schema as a number", Rule.SCHEMA_WRONG_TYPE, doc -> doc.put("$schema", 1)),
        // unknown keys
        broken("unknown top-level key", Rule.SCHEMA_UNKNOWN_KEY, doc -> doc.put("comment", "hello")),
        broken("misspelt field key", Rule.SCHEMA_UNKNOWN_KEY, doc -> object(doc, FIELD).put("jsonname", "Username")),
        broken("unknown method key", Rule.SCHEMA_UNKNOWN_KEY, doc -> object(doc, METHOD).put("summary", "text")),
        broken("struct with a type", Rule.SCHEMA_UNKNOWN_KEY, doc -> object(doc, STRUCT).put("type", "string")),
        broken("alias with fields", Rule.SCHEMA_UNKNOWN_KEY, doc -> object(doc, ALIAS).putArray("fields")),
        // unknown enumerated values
        broken("httpMethod PUT", Rule.SCHEMA_UNKNOWN_VALUE, doc -> object(doc, METHOD).put("httpMethod", "PUT")),
        broken("httpMethod in lower case", Rule.SCHEMA_UNKNOWN_VALUE, doc -> object(doc, METHOD).put("httpMethod", "post")),
        broken("contentType JSON", Rule.SCHEMA_UNKNOWN_VALUE,
            doc -> object(doc, METHOD).put("contentType", "application/json")),
        broken("auth root", Rule.SCHEMA_UNKNOWN_VALUE, doc -> object(doc, METHOD).put("auth", "root")),
        broken("wireEncoding base64", Rule.SCHEMA_UNKNOWN_VALUE, doc -> object(doc, PARAM).put("wireEncoding", "base64")),
        broken("kind enum", Rule.SCHEMA_UNKNOWN_VALUE, doc -> object(doc, ALIAS).put("kind", "enum")),
        // empty texts
        broken("empty wireName", Rule.SCHEMA_EMPTY_VALUE, doc -> object(doc, PARAM).put("wireName", "")),
        broken("empty jsonName", Rule.SCHEMA_EMPTY_VALUE, doc -> object(doc, FIELD).put("jsonName", "")),
        broken("empty role", Rule.SCHEMA_EMPTY_VALUE, doc -> object(doc, METHOD).putArray("requiresRole").add("")),
        broken("empty deprecatedSince", Rule.SCHEMA_EMPTY_VALUE, doc -> object(doc, STRUCT).put("deprecatedSince", "")),
        broken("empty valueRef", Rule.SCHEMA_EMPTY_VALUE, doc -> object(doc, CONSTANT).put("valueRef", "")),
        // serverVersion
        broken("two-part serverVersion", Rule.VERSION_INVALID, doc -> doc.put("serverVersion", "25.6")),
        broken("serverVersion with a leading zero", Rule.VERSION_INVALID, doc -> doc.put("serverVersion", "25.06.8")),
        broken("serverVersion with a prefix", Rule.VERSION_INVALID, doc -> doc.put("serverVersion", "v25.6.8")),
        broken("serverVersion with a trailing newline", Rule.VERSION_INVALID, doc -> doc.put("serverVersion", "25.6.8\n")),
        // path
        broken("path without a leading slash", Rule.METHOD_PATH,
            doc -> object(doc, METHOD).put("path", "api/v1/admin/get-user-profile")),
        broken("empty path", Rule.METHOD_PATH, doc -> object(doc, METHOD).put("path", "")),
        // names
        broken("method name with a leading digit", Rule.NAME_INVALID, doc -> object(doc, METHOD).put("name", "1Admin")),
        broken("parameter name with a hyphen", Rule.NAME_INVALID, doc -> object(doc, PARAM).put("name", "Target-User")),
        broken("field name with a blank", Rule.NAME_INVALID, doc -> object(doc, FIELD).put("name", "Foo Bar")),
        broken("constant name with a leading digit", Rule.NAME_INVALID, doc -> object(doc, CONSTANT).put("name", "1X")),
        broken("empty constant name", Rule.NAME_INVALID, doc -> object(doc, CONSTANT).put("name", "")),
        broken("type named like a primitive", Rule.NAME_INVALID, doc -> renameAlias(doc, "string")),
        broken("type name with a hyphen", Rule.NAME_INVALID, doc -> renameAlias(doc, "Retention-Level")),
        // type expressions the rough pattern already catches
        broken("unclosed list", Rule.TYPE_SYNTAX, doc -> object(doc, FIELD).put("type", "list<string")),
        broken("empty type expression", Rule.TYPE_SYNTAX, doc -> object(doc, FIELD).put("type", "")),
        broken("type expression with a tab", Rule.TYPE_SYNTAX, doc -> object(doc, FIELD).put("type", "\tstring")),
        broken("type expression with a dot", Rule.TYPE_SYNTAX, doc -> object(doc, FIELD).put("type", "java.lang.String")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void schemaAndLoaderBothRejectABrokenDocument(Consumer<ObjectNode> mutation, Rule expected) {
    ObjectNode document = base();
    mutation.accept(document);
    assertAgreeInvalid(document.toPrettyString(), expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"25.6.8\"", "42", "null", "true"})
  void schemaAndLoaderBothRejectARootThatIsNotAnObject(String text) {
    assertAgreeInvalid(text, Rule.SCHEMA_WRONG_TYPE);
  }

  static Stream<Arguments> acceptedVariants() {
    return Stream.of(
        accepted("no $schema key", doc -> doc.remove("$schema")),
        accepted("$schema as a relative path", doc -> doc.put("$schema", "../spec.schema.json")),
        accepted("blanks inside a type expression", doc -> object(doc, FIELD).put("type", " map< string , list<int64> > ")),
        accepted("nested type expression", doc -> object(doc, FIELD).put("type", "map<int64,list<map<string,any>>>")),
        accepted("nullable type", doc -> object(doc, FIELD).put("type", "nullable<UserProfileConfig>")),
        accepted("deprecated elements", doc -> {
          object(doc, METHOD).put("deprecatedSince", "23.x.x");
          object(doc, STRUCT).put("deprecatedSince", "Unused");
          object(doc, ALIAS).put("deprecatedSince", "24.6.x");
          object(doc, FIELD).put("deprecatedSince", "21.9.7");
          object(doc, CONSTANT).put("deprecatedSince", "22.12.1");
        }),
        accepted("GET, multipart, any, json", doc -> {
          object(doc, METHOD).put("httpMethod", "GET");
          object(doc, METHOD).put("contentType", "multipart/form-data");
          object(doc, METHOD).put("auth", "any");
          object(doc, PARAM).put("wireName", "upload");
          object(doc, PARAM).put("wireEncoding", "json");
        }),
        accepted("a member named like a Java keyword", doc -> object(doc, PARAM).put("name", "default")),
        accepted("names starting with an underscore", doc -> {
          object(doc, PARAM).put("name", "_Target_1");
          object(doc, FIELD).put("name", "__Username");
        }),
        accepted("type and constant names with an underscore before a digit", doc -> {
          renameAlias(doc, "_2Level");
          object(doc, "/constants/2").put("name", "_2");
          object(doc, CONSTANT).put("valueRef", "_2");
        }),
        accepted("empty arrays", doc -> {
          object(doc, METHOD).putArray("requiresRole");
          object(doc, METHOD).putArray("params");
        }),
        accepted("a whole number written with a fraction", doc -> {
          object(doc, CONSTANT).put("value", 2.0);
          object(doc, "/constants/2").put("value", 2.0);
        }),
        accepted("a uint64 constant at its maximum", doc -> {
          object(doc, ALIAS).put("type", "uint64");
          object(doc, CONSTANT).put("value", new BigInteger("18446744073709551615"));
          object(doc, "/constants/2").put("value", new BigInteger("18446744073709551615"));
        }),
        accepted("version 0.0.0", doc -> {
          doc.put("serverVersion", "0.0.0");
          object(doc, "/constants/0").put("value", "0.0.0");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedVariants")
  void schemaAndLoaderBothAcceptAValidVariant(Consumer<ObjectNode> mutation) {
    ObjectNode document = base();
    mutation.accept(document);
    assertAgreeValid(document);
  }

  @Test
  void theSchemaIsADraft202012SchemaThatPassesItsMetaSchema() {
    assertEquals(DRAFT_2020_12, SPEC_SCHEMA_NODE.path("$schema").asText());
    assertTrue(SPEC_SCHEMA_NODE.path("$id").asText().startsWith("https://"), "$id");
    assertFalse(SPEC_SCHEMA_NODE.path("title").asText().isBlank(), "title");
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));
    assertEquals(List.of(), describe(metaSchema.validate(SPEC_SCHEMA_NODE)));

    // The check has teeth: a schema with a malformed keyword fails it.
    ObjectNode damaged = SPEC_SCHEMA_NODE.deepCopy();
    ((ObjectNode) damaged.at("/properties/methods")).put("type", 5);
    ((ObjectNode) damaged.at("/$defs/param")).put("required", "name");
    List<String> damage = describe(metaSchema.validate(damaged));
    assertTrue(damage.stream().anyMatch(error -> error.startsWith("/properties/methods/type")), damage::toString);
    assertTrue(damage.stream().anyMatch(error -> error.startsWith("/$defs/param/required")), damage::toString);
  }

  @Test
  void everyPatternOfTheSchemaCompiles() {
    List<String> patterns = new ArrayList<>();
    collect(SPEC_SCHEMA_NODE, "pattern", patterns);
    assertFalse(patterns.isEmpty());
    for (String pattern : patterns) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        fail("pattern " + pattern + " does not compile: " + e.getMessage());
      }
    }
  }

  @Test
  void everyPropertyOfTheSchemaIsDescribed() {
    List<String> undescribed = new ArrayList<>();
    findUndescribedProperties(SPEC_SCHEMA_NODE, SPEC_SCHEMA_NODE, "", undescribed);
    assertEquals(List.of(), undescribed);
  }

  @Test
  void theIndexSchemaAcceptsTheBundledIndex() {
    JsonNode indexSchemaNode = readResource("dev/cometsdk/spec/index.schema.json");
    assertEquals(DRAFT_2020_12, indexSchemaNode.path("$schema").asText());
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));
    assertEquals(List.of(), describe(metaSchema.validate(indexSchemaNode)));
    List<String> undescribed = new ArrayList<>();
    findUndescribedProperties(indexSchemaNode, indexSchemaNode, "", undescribed);
    assertEquals(List.of(), undescribed);

    Schema indexSchema = REGISTRY.getSchema(indexSchemaNode);
    JsonNode index = readResource(BundledSpecs.RESOURCE_FOLDER + "index.json");
    assertEquals(List.of(), describe(indexSchema.validate(index)));
    ObjectNode broken = index.deepCopy();
    ((ObjectNode) broken.at("/versions/0")).remove("sourceCommit");
    assertFalse(indexSchema.validate(broken).isEmpty());
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertAgreeInvalid(String text, Rule expected) {
    List<Error> schemaErrors = SPEC_SCHEMA.validate(readTree(text));
    assertFalse(schemaErrors.isEmpty(), "the schema accepts:\n" + text);

    SpecLoader.Result result = SpecLoader.validate("broken.json", text.getBytes(StandardCharsets.UTF_8));
    assertFalse(result.report().isValid(), "the loader accepts:\n" + text);
    assertTrue(result.report().events(Severity.ERROR).stream().anyMatch(event -> event.ruleId().equals(expected.id())),
        () -> "expected " + expected.id() + ", the loader reported:\n" + result.report().toText());
  }

  private static void assertAgreeValid(ObjectNode document) {
    String text = document.toPrettyString();
    assertEquals(List.of(), describe(SPEC_SCHEMA.validate(readTree(text))), text);
    SpecLoader.Result result = SpecLoader.validate("base.json", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), result.report().events(), () -> result.report().toText() + text);
  }

  private static Arguments broken(String label, Rule expected, Consumer<ObjectNode> mutation) {
    return Arguments.of(Named.of(label, mutation), expected);
  }

  private static Arguments accepted(String label, Consumer<ObjectNode> mutation) {
    return Arguments.of(Named.of(label, mutation));
  }

  private static ObjectNode base() {
    return (ObjectNode) readTree(BASE);
  }

  private static ObjectNode object(ObjectNode document, String pointer) {
    JsonNode node = document.at(pointer);
    assertTrue(node.isObject(), pointer + " is not an object in the base document");
    return (ObjectNode) node;
  }

  /** Renames the alias and every use of it, so that only the name itself is wrong. */
  private static void renameAlias(ObjectNode document, String newName) {
    object(document, ALIAS).put("name", newName);
    object(document, "/types/1/fields/1").put("type", newName);
    object(document, CONSTANT).put("type", newName);
    object(document, "/constants/2").put("type", newName);
  }

  private static List<String> describe(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  /** Every member of a "properties" object that has no "description", by schema path. */
  private static void findUndescribedProperties(JsonNode root, JsonNode node, String path, List<String> undescribed) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        findUndescribedProperties(root, node.get(i), path + "/" + i, undescribed);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String memberPath = path + "/" + member.getKey();
      if (member.getKey().equals("properties") && isDeclaration(path)) {
        for (Map.Entry<String, JsonNode> property : member.getValue().properties()) {
          if (!hasDescription(root, property.getValue())) {
            undescribed.add(memberPath + "/" + property.getKey());
          }
        }
      }
      findUndescribedProperties(root, member.getValue(), memberPath, undescribed);
    }
  }

  /**
   * False for the "properties" inside if/then conditions, which only restate declared properties.
   */
  private static boolean isDeclaration(String path) {
    return !path.endsWith("/if") && !path.endsWith("/then");
  }

  /** A property is described directly or through the definition it refers to. */
  private static boolean hasDescription(JsonNode root, JsonNode property) {
    if (property.hasNonNull("description")) {
      return true;
    }
    JsonNode ref = property.get("$ref");
    if (ref != null && ref.asText().startsWith("#/")) {
      return root.at(ref.asText().substring(1)).hasNonNull("description");
    }
    return false;
  }

  private static void collect(JsonNode node, String keyword, List<String> into) {
    if (node.isObject()) {
      node.properties().forEach(member -> {
        if (member.getKey().equals(keyword) && member.getValue().isTextual()) {
          into.add(member.getValue().asText());
        } else {
          collect(member.getValue(), keyword, into);
        }
      });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, keyword, into));
    }
  }

  private static JsonNode readTree(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readResource(String name) {
    try (InputStream in = SpecSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, "missing resource " + name);
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
