package dev.cometsdk.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A spec document to edit in tests: add methods, parameters, types, fields and constants to a
 * bundled spec or an empty one, then load it through the real loader and validator.
 */
public final class SpecEdits {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root;

  private SpecEdits(ObjectNode root) {
    this.root = root;
  }

  /** The newest bundled spec, as its JSON. */
  public static SpecEdits newestBundled() {
    BundledSpecs catalog = BundledSpecs.catalog();
    try {
      return new SpecEdits((ObjectNode) JSON.readTree(catalog.content(catalog.newest())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A spec of {@code version} with nothing in it. */
  public static SpecEdits empty(String version) {
    ObjectNode root = JSON.createObjectNode();
    root.put("serverVersion", version);
    root.putArray("methods");
    root.putArray("types");
    root.putArray("constants");
    return new SpecEdits(root);
  }

  public SpecEdits copy() {
    return new SpecEdits(root.deepCopy());
  }

  public SpecEdits version(String version) {
    root.put("serverVersion", version);
    return this;
  }

  /**
   * Adds a method under {@code path} returning {@code returns}; {@code params} are
   * {@code name:type} for required parameters and {@code name:type?} for optional ones.
   */
  public SpecEdits method(String name, String path, String returns, String... params) {
    ObjectNode method = ((ArrayNode) root.get("methods")).addObject();
    method.put("name", name).put("httpMethod", "POST").put("path", path)
        .put("contentType", "application/x-www-form-urlencoded").put("auth", "admin")
        .put("authOptionalIfServerAllowsUnauthenticatedDownloads", false);
    method.putArray("requiresRole");
    method.put("topLevelAdminOnly", false).put("mayBeRestrictedPerAdmin", false);
    ArrayNode list = method.putArray("params");
    for (String param : params) {
      String[] parts = param.split(":", 2);
      boolean optional = parts[1].endsWith("?");
      String type = optional ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
      list.addObject().put("name", parts[0]).put("wireName", parts[0]).put("type", type).put("optional", optional)
          .put("wireEncoding", type.equals("string") ? "raw" : "json").put("defaultsToServerUrl", false);
    }
    method.put("returns", returns);
    return this;
  }

  /** Adds a struct whose fields are {@code name:type}. */
  public SpecEdits struct(String name, String... fields) {
    ObjectNode type = ((ArrayNode) root.get("types")).addObject();
    type.put("name", name).put("kind", "struct");
    ArrayNode list = type.putArray("fields");
    for (String field : fields) {
      String[] parts = field.split(":", 2);
      list.addObject().put("name", parts[0]).put("jsonName", parts[0]).put("type", parts[1]).put("omitEmpty", false);
    }
    return this;
  }

  /** Adds fields {@code name:type} to an existing struct. */
  public SpecEdits fields(String struct, String... fields) {
    for (var type : root.get("types")) {
      if (type.get("name").asText().equals(struct)) {
        for (String field : fields) {
          String[] parts = field.split(":", 2);
          ((ArrayNode) type.get("fields")).addObject().put("name", parts[0]).put("jsonName", parts[0])
              .put("type", parts[1]).put("omitEmpty", false);
        }
        return this;
      }
    }
    throw new IllegalArgumentException("no struct " + struct);
  }

  public SpecEdits alias(String name, String target) {
    ((ArrayNode) root.get("types")).addObject().put("name", name).put("kind", "alias").put("type", target);
    return this;
  }

  public SpecEdits constant(String name, String type, Object value) {
    ObjectNode constant = ((ArrayNode) root.get("constants")).addObject().put("name", name).put("type", type);
    if (value instanceof Number number) {
      constant.put("value", number.longValue());
    } else {
      constant.put("value", value.toString());
    }
    return this;
  }

  public byte[] bytes() {
    try {
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec, validated; fails with the validator's report when it is invalid. */
  public ApiSpec load() {
    return SpecLoader.load("edited-" + root.get("serverVersion").asText() + ".json", bytes());
  }
}
