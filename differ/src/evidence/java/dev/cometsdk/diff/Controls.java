package dev.cometsdk.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.generator.JavaMapping;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.SpecLoader;
import dev.cometsdk.spec.TypeDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One-edit copies of the newest bundled spec whose Java effect the bundled history never shows,
 * each of which once slipped past the differ: the struct whose class stops implementing
 * {@code CometStatusResponse} while its accessors keep their types, and the multipart upload
 * field that is renamed. They are checked like the bundled pairs, and each must make japicmp find
 * something, so that they keep showing that the check can fail.
 */
final class Controls {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Controls() {}

  /** A copy of the base spec with one edit. */
  record Control(String description, ApiSpec spec) {}

  static List<Control> of(BundledSpecs.BundledVersion base) {
    ApiSpec spec = BundledSpecs.catalog().load(base);
    JavaMapping java = JavaMapping.of(spec);
    String status = spec.types().stream()
        .filter(TypeDeclaration.Struct.class::isInstance).map(TypeDeclaration.Struct.class::cast)
        .filter(java::implementsStatusResponse)
        .findFirst().orElseThrow().name();
    ApiMethod upload = spec.methods().stream()
        .filter(method -> method.contentType() == ContentType.MULTIPART_FORM_DATA)
        .filter(method -> method.params().stream().anyMatch(param -> param.wireName().equals("upload")))
        .findFirst().orElseThrow();
    String uploadParam = upload.params().stream().filter(param -> param.wireName().equals("upload"))
        .findFirst().orElseThrow().name();
    byte[] content = BundledSpecs.catalog().content(base);
    return List.of(
        edit(content, status + ".Status becomes uint64",
            root -> field(root, status, "Status").put("type", "uint64")),
        edit(content, status + ".Message is declared with a new alias of string",
            root -> {
              ((ArrayNode) root.get("types")).addObject()
                  .put("name", "EvidenceMessageText").put("kind", "alias").put("type", "string");
              field(root, status, "Message").put("type", "EvidenceMessageText");
            }),
        edit(content, status + ".Status takes the JSON key status",
            root -> field(root, status, "Status").put("jsonName", "status")),
        edit(content, upload.name() + "(" + uploadParam + ") is sent as the form field file",
            root -> param(root, upload.name(), uploadParam).put("wireName", "file")));
  }

  private static Control edit(byte[] content, String description, Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(content);
      change.accept(root);
      return new Control(description, SpecLoader.load("control: " + description, JSON.writeValueAsBytes(root)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode field(ObjectNode root, String struct, String field) {
    return named(named(root.get("types"), struct).get("fields"), field);
  }

  private static ObjectNode param(ObjectNode root, String method, String param) {
    return named(named(root.get("methods"), method).get("params"), param);
  }

  private static ObjectNode named(JsonNode array, String name) {
    for (JsonNode element : array) {
      if (element.path("name").asText().equals(name)) {
        return (ObjectNode) element;
      }
    }
    throw new IllegalArgumentException("no element named " + name);
  }
}
