package dev.cometsdk.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.spec.BundledSpecs;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The document of every bundled version passes swagger-parser, the parser that Swagger UI's
 * back ends, swagger-codegen and openapi-generator are built on, as OpenAPI 3.1 without a single
 * message. All 42 versions run by default: checking one takes well under a second (10 to 30
 * seconds for all of them on a busy two-core machine).
 */
class OpenApiValidityTest {

  static Stream<String> versions() {
    return BundledSpecs.catalog().versions().stream().map(entry -> entry.version().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void everyBundledVersionIsValidOpenApi31(String version) {
    ObjectNode document = OpenApiExporter.export(BundledSpecs.catalog().load(version));
    SwaggerParseResult result = parse(OpenApiWriter.write(document, OpenApiWriter.Format.JSON));
    assertEquals(List.of(), result.getMessages(), () -> version + ": swagger-parser reports\n  "
        + String.join("\n  ", result.getMessages()));
    assertTrue(result.isOpenapi31(), version + " is read as OpenAPI 3.1");
    assertNotNull(result.getOpenAPI(), version);
    assertEquals(version, result.getOpenAPI().getInfo().getVersion());
  }

  @Test
  void theYamlFormIsValidToo() {
    ObjectNode document = OpenApiExporter.export(BundledSpecs.catalog().loadNewest());
    SwaggerParseResult result = parse(OpenApiWriter.write(document, OpenApiWriter.Format.YAML));
    assertEquals(List.of(), result.getMessages(), () -> String.join("\n", result.getMessages()));
    assertEquals(document.path("paths").size(), result.getOpenAPI().getPaths().size());
  }

  /** The options above do catch the mistakes this test is for; otherwise an empty list proves nothing. */
  @Test
  void theParserReportsWhatThisTestLooksFor() {
    ObjectNode document = OpenApiExporter.export(BundledSpecs.catalog().loadNewest());
    ObjectNode operation = (ObjectNode) document.path("paths").path("/api/v1/admin/add-user").path("post");
    ObjectNode form = (ObjectNode) operation.path("requestBody").path("content").path("application/x-www-form-urlencoded");
    ((ObjectNode) form.get("encoding")).putObject("NoSuchParameter").put("contentType", "application/json");
    ((ObjectNode) operation.path("responses").path("200").path("content").path("application/json").path("schema"))
        .put("$ref", "#/components/schemas/NoSuchType");
    List<String> messages = parse(OpenApiWriter.write(document, OpenApiWriter.Format.JSON)).getMessages();
    assertFalse(messages.isEmpty());
    assertTrue(messages.stream().anyMatch(message -> message.contains("encoding.NoSuchParameter")), messages::toString);
    assertTrue(messages.stream().anyMatch(message -> message.contains("NoSuchType")), messages::toString);
  }

  private static SwaggerParseResult parse(String text) {
    ParseOptions options = new ParseOptions();
    // No resolving: the document has internal references only, and the parser checks that each
    // one points to a component without it (validateInternalRefs, on by default), as
    // theParserReportsWhatThisTestLooksFor shows. Resolving would take four times as long.
    options.setResolve(false);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }
}
