package dev.cometsdk.generator;

import com.palantir.javapoet.ClassName;

/** The classes outside the generated code that it refers to: the runtime, Jackson and the JDK. */
final class Types {
  private Types() {}

  static final String RUNTIME = "dev.cometsdk.runtime";

  static final ClassName TRANSPORT = ClassName.get(RUNTIME, "CometTransport");
  static final ClassName TRANSPORT_OPTIONS = ClassName.get(RUNTIME, "TransportOptions");
  static final ClassName TRANSPORT_OPTIONS_BUILDER = TRANSPORT_OPTIONS.nestedClass("Builder");
  static final ClassName CREDENTIALS = ClassName.get(RUNTIME, "Credentials");
  static final ClassName ACCOUNT_KIND = ClassName.get(RUNTIME, "AccountKind");
  static final ClassName AUTH_REQUIREMENT = ClassName.get(RUNTIME, "AuthRequirement");
  static final ClassName METHOD_CALL = ClassName.get(RUNTIME, "MethodCall");
  static final ClassName UPLOAD_CONTENT = ClassName.get(RUNTIME, "UploadContent");
  static final ClassName COMET_OBJECT = ClassName.get(RUNTIME, "CometObject");
  static final ClassName COMET_API = ClassName.get(RUNTIME, "CometApi");
  static final ClassName COMET_JSON_OBJECT = ClassName.get(RUNTIME, "CometJsonObject");
  static final ClassName COMET_STATUS_RESPONSE = ClassName.get(RUNTIME, "CometStatusResponse");
  static final ClassName COMET_EXCEPTION = ClassName.get(RUNTIME, "CometException");
  static final ClassName COMET_API_EXCEPTION = ClassName.get(RUNTIME, "CometApiException");
  static final ClassName UNSIGNED_SERIALIZER = ClassName.get(RUNTIME, "UnsignedLongSerializer");
  static final ClassName UNSIGNED_DESERIALIZER = ClassName.get(RUNTIME, "UnsignedLongDeserializer");
  static final ClassName STRUCT_DECODER = ClassName.get(RUNTIME, "StructDecoder");

  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
  static final ClassName JSON_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonSetter");
  static final ClassName JSON_PROPERTY_ORDER = ClassName.get("com.fasterxml.jackson.annotation", "JsonPropertyOrder");
  static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
  static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
  static final ClassName JSON_SERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");

  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
  static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  static final ClassName INPUT_STREAM = ClassName.get("java.io", "InputStream");
  static final ClassName PATH = ClassName.get("java.nio.file", "Path");
  static final ClassName URI = ClassName.get("java.net", "URI");
  static final ClassName DURATION = ClassName.get("java.time", "Duration");
  static final ClassName HTTP_CLIENT = ClassName.get("java.net.http", "HttpClient");

  /**
   * Simple names the generated code uses unqualified, from any package, java.lang included. A
   * spec type with one of these names must make the generated code qualify the other one.
   */
  static final java.util.Set<String> REFERENCED_SIMPLE_NAMES = java.util.Set.of(
      "CometTransport", "TransportOptions", "Builder", "Credentials", "AccountKind", "AuthRequirement",
      "MethodCall", "UploadContent", "CometObject", "CometApi", "CometJsonObject", "CometStatusResponse", "CometException", "CometApiException",
      "UnsignedLongSerializer", "UnsignedLongDeserializer", "StructDecoder", "Decoder", "JsonParser", "IOException",
      "JsonNode", "TypeReference", "JsonProperty",
      "JsonInclude", "JsonPropertyOrder", "JsonAnyGetter", "JsonAnySetter", "JsonSerialize",
      "JsonDeserialize", "List", "Map", "LinkedHashMap", "Collections", "Objects", "Arrays", "CompletableFuture",
      "InputStream", "Path", "URI", "Duration", "HttpClient",
      "Object", "String", "Integer", "Long", "Boolean", "Float", "Double", "Override", "Deprecated",
      "SuppressWarnings", "StringBuilder", "IllegalArgumentException", "IllegalStateException",
      "NullPointerException", "AutoCloseable", "Math", "System", "Class", "Void");
}
