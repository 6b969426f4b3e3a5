package dev.cometsdk.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The document as JSON or YAML text. */
public final class OpenApiWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .build());

  private OpenApiWriter() {}

  /** The format a file name or option names: {@code json} or {@code yaml}. */
  public enum Format {
    JSON, YAML;

    /**
     * @throws IllegalArgumentException naming the accepted formats
     */
    public static Format named(String name) {
      switch (name.toLowerCase(Locale.ROOT)) {
        case "json":
          return JSON;
        case "yaml":
        case "yml":
          return YAML;
        default:
          throw new IllegalArgumentException("unknown OpenAPI format '" + name + "'; use json or yaml");
      }
    }
  }

  public static String write(ObjectNode document, Format format) {
    try {
      return (format == Format.JSON ? JSON : YAML).writeValueAsString(document) + (format == Format.JSON ? "\n" : "");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
