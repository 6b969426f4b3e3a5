package dev.cometsdk.spec;

/**
 * Every check the validator makes, with its stable id and severity. Ids never change meaning once
 * released: tools and error-file tests match on them.
 */
public enum Rule {
  FILE_UNREADABLE("file.unreadable", Severity.ERROR, "The file cannot be read (it does not exist, is a folder or is not readable)."),
  JSON_SYNTAX("json.syntax", Severity.ERROR, "The file is not well-formed JSON."),
  JSON_DUPLICATE_KEY("json.duplicate-key", Severity.ERROR, "An object has the same key twice."),

  SCHEMA_MISSING_KEY("schema.missing-key", Severity.ERROR, "A required key is missing."),
  SCHEMA_WRONG_TYPE("schema.wrong-type", Severity.ERROR, "A value has the wrong JSON type (a string where a boolean belongs, ...)."),
  SCHEMA_UNKNOWN_KEY("schema.unknown-key", Severity.ERROR, "An object has a key that the format does not define (often a misspelling)."),
  SCHEMA_UNKNOWN_VALUE("schema.unknown-value", Severity.ERROR,
      "An enumerated value (httpMethod, contentType, auth, wireEncoding, kind) is not one the format defines."),
  SCHEMA_EMPTY_VALUE("schema.empty-value", Severity.ERROR, "A text that must not be empty is empty (wireName, jsonName, a role, deprecatedSince, valueRef)."),

  VERSION_INVALID("version.invalid", Severity.ERROR, "serverVersion is not MAJOR.MINOR.REVISION."),
  VERSION_MISMATCH("version.mismatch", Severity.WARNING,
      "serverVersion disagrees with the APPLICATION_VERSION constant or with the file name."),

  NAME_INVALID("name.invalid", Severity.ERROR,
      "A method, type, parameter, field or constant name is not an identifier of the format (empty, a leading digit, characters other than ASCII letters, digits and '_')."),
  NAME_JAVA_RENAMED("name.java-renamed", Severity.WARNING,
      "A name gets another Java name than the naming rules usually give it, because that one would collide (reported by comet validate, from the generator's naming rules)."),

  METHOD_DUPLICATE("method.duplicate", Severity.ERROR, "Two methods have the same name."),
  METHOD_PATH("method.path", Severity.ERROR, "A method's path does not start with '/'."),
  METHOD_MULTIPART_UPLOAD("method.multipart-upload", Severity.WARNING,
      "A multipart/form-data method has no 'upload' parameter to carry the file."),

  PARAM_DUPLICATE("param.duplicate", Severity.ERROR, "Two parameters of a method have the same name."),
  PARAM_DUPLICATE_WIRE_NAME("param.duplicate-wire-name", Severity.ERROR, "Two parameters of a method send the same form field."),
  PARAM_WIRE_ENCODING("param.wire-encoding", Severity.ERROR, "A parameter with wireEncoding 'raw' is not a string."),
  PARAM_SERVER_URL("param.server-url", Severity.ERROR, "A parameter marked defaultsToServerUrl is not a string."),

  TYPE_DUPLICATE("type.duplicate", Severity.ERROR, "Two types have the same name."),
  TYPE_SYNTAX("type.syntax", Severity.ERROR, "A type expression does not follow the type grammar."),
  TYPE_UNRESOLVED("type.unresolved", Severity.ERROR, "A type expression names a type that the spec does not declare."),
  TYPE_MAP_KEY("type.map-key", Severity.ERROR, "A map's key type is not string or an integer type (directly or through an alias)."),
  TYPE_ALIAS_CYCLE("type.alias-cycle", Severity.ERROR, "An alias refers back to itself."),

  FIELD_DUPLICATE("field.duplicate", Severity.ERROR, "Two fields of a struct have the same name."),
  FIELD_DUPLICATE_JSON_NAME("field.duplicate-json-name", Severity.ERROR, "Two fields of a struct have the same JSON key."),

  CONSTANT_DUPLICATE("constant.duplicate", Severity.ERROR, "Two constants have the same name."),
  CONSTANT_TYPE("constant.type", Severity.ERROR, "A constant's type is not string or an integer type (directly or through an alias)."),
  CONSTANT_VALUE_TYPE("constant.value-type", Severity.ERROR, "A constant's value is a string for an integer type, or a number for a string type."),
  CONSTANT_OUT_OF_RANGE("constant.out-of-range", Severity.ERROR, "A constant's value does not fit its integer type."),
  CONSTANT_VALUE_REF_UNRESOLVED("constant.value-ref-unresolved", Severity.ERROR, "A constant's valueRef names no constant of the spec."),
  CONSTANT_VALUE_REF_MISMATCH("constant.value-ref-mismatch", Severity.ERROR,
      "A constant's value differs from the value of the constant its valueRef names.");

  private final String id;
  private final Severity severity;
  private final String description;

  Rule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  /** The stable id, such as {@code type.unresolved}. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /** One sentence on what the rule catches. */
  public String description() {
    return description;
  }
}
