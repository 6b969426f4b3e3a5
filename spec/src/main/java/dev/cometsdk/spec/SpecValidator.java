package dev.cometsdk.spec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The semantic pass over well-formed elements: names, duplicates, Java mapping, type references,
 * constants and versions. Every problem is reported; none stops the others.
 */
final class SpecValidator {
  private static final Set<String> GRAMMAR_WORDS = Set.of("list", "map", "nullable");
  private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final DecodedSpec spec;
  private final List<ValidationEvent> events;
  private final Map<String, TypeDeclaration> types = new HashMap<>();
  private final Map<String, Constant> constants = new HashMap<>();

  SpecValidator(DecodedSpec spec, List<ValidationEvent> events) {
    this.spec = spec;
    this.events = events;
  }

  void validate() {
    indexTypes();
    indexConstants();
    checkMethods();
    checkTypes();
    checkConstants();
    checkVersion();
  }

  private void indexTypes() {
    for (TypeDeclaration type : spec.types()) {
      checkName(type.name(), "type", type.location());
      if (PrimitiveType.bySpelling(type.name()).isPresent() || GRAMMAR_WORDS.contains(type.name())) {
        report(Rule.NAME_INVALID, at(type.location(), "/name"), "type name '" + type.name() + "' is a word of the type grammar",
            "a type expression '" + type.name() + "' would never mean this type; rename it");
      }
      TypeDeclaration first = types.putIfAbsent(type.name(), type);
      if (first != null) {
        report(Rule.TYPE_DUPLICATE, type.location(), "type '" + type.name() + "' is declared twice",
            "the first declaration is at " + first.location().pointer() + "; remove or rename one");
      }
    }
  }

  private void indexConstants() {
    for (Constant constant : spec.constants()) {
      checkName(constant.name(), "constant", constant.location());
      Constant first = constants.putIfAbsent(constant.name(), constant);
      if (first != null) {
        report(Rule.CONSTANT_DUPLICATE, constant.location(), "constant '" + constant.name() + "' is declared twice",
            "the first declaration is at " + first.location().pointer() + "; remove or rename one");
      }
    }
  }

  private void checkMethods() {
    Map<String, ApiMethod> byName = new HashMap<>();
    for (ApiMethod method : spec.methods()) {
      checkName(method.name(), "method", method.location());
      ApiMethod first = byName.putIfAbsent(method.name(), method);
      if (first != null) {
        report(Rule.METHOD_DUPLICATE, method.location(), "method '" + method.name() + "' is declared twice",
            "the first declaration is at " + first.location().pointer() + "; remove or rename one");
      }
      if (!method.path().startsWith("/")) {
        report(Rule.METHOD_PATH, at(method.location(), "/path"),
            "path '" + method.path() + "' of method '" + method.name() + "' does not start with '/'",
            "write the path from the server root, e.g. /api/v1/admin/list-users");
      }
      checkTypeRef(method.returns(), at(method.location(), "/returns"));
      checkParams(method);
    }
  }

  private void checkParams(ApiMethod method) {
    Map<String, Parameter> byName = new HashMap<>();
    Map<String, Parameter> byWireName = new HashMap<>();
    boolean hasUpload = false;
    for (Parameter param : method.params()) {
      String what = "parameter '" + param.name() + "' of method '" + method.name() + "'";
      checkName(param.name(), "parameter", param.location());
      Parameter first = byName.putIfAbsent(param.name(), param);
      if (first != null) {
        report(Rule.PARAM_DUPLICATE, param.location(), "method '" + method.name() + "' has two parameters named '"
            + param.name() + "'", "the first is at " + first.location().pointer() + "; remove or rename one");
      }
      Parameter sameWire = byWireName.putIfAbsent(param.wireName(), param);
      if (sameWire != null && first == null) {
        report(Rule.PARAM_DUPLICATE_WIRE_NAME, at(param.location(), "/wireName"), "parameters '" + sameWire.name() + "' and '"
            + param.name() + "' of method '" + method.name() + "' both send the form field '" + param.wireName() + "'",
            "give each parameter its own wireName");
      }
      hasUpload |= param.wireName().equals("upload");
      SpecLocation typeLocation = at(param.location(), "/type");
      boolean typeOk = checkTypeRef(param.type(), typeLocation);
      if (typeOk && param.wireEncoding() == WireEncoding.RAW && !isString(param.type())) {
        report(Rule.PARAM_WIRE_ENCODING, at(param.location(), "/wireEncoding"), what + " of type " + param.type()
            + " has wireEncoding 'raw', which only a string can have", "use wireEncoding 'json' for non-string values");
      }
      if (typeOk && param.defaultsToServerUrl() && !isString(param.type())) {
        report(Rule.PARAM_SERVER_URL, at(param.location(), "/defaultsToServerUrl"), what + " of type " + param.type()
            + " is marked defaultsToServerUrl, but a server URL is a string", "make it a string or drop the flag");
      }
    }
    if (method.contentType() == ContentType.MULTIPART_FORM_DATA && !hasUpload) {
      report(Rule.METHOD_MULTIPART_UPLOAD, method.location(), "multipart method '" + method.name()
          + "' has no parameter sent as 'upload'", "the file part of the request is the parameter with wireName 'upload'");
    }
  }

  private void checkTypes() {
    for (TypeDeclaration type : spec.types()) {
      if (types.get(type.name()) != type) {
        continue;
      }
      if (type instanceof TypeDeclaration.Alias alias) {
        checkAlias(alias);
      } else if (type instanceof TypeDeclaration.Struct struct) {
        checkFields(struct);
      }
    }
  }

  private void checkAlias(TypeDeclaration.Alias alias) {
    SpecLocation targetLocation = at(alias.location(), "/type");
    List<String> chain = new ArrayList<>(List.of(alias.name()));
    if (leadsBackTo(alias.name(), alias.target(), chain, new HashSet<>())) {
      report(Rule.TYPE_ALIAS_CYCLE, targetLocation, "alias '" + alias.name() + "' refers back to itself: "
          + String.join(" -> ", chain), "an alias must end at primitives and structs; break the cycle");
      return;
    }
    checkTypeRef(alias.target(), targetLocation);
  }

  /**
   * Whether {@code type}, or an alias it names (also inside list, map or nullable), names the alias
   * {@code start}; if so, {@code chain} ends with the aliases on the way. A struct ends the search:
   * it is a class of its own, so a struct may contain itself. An alias that only leads into a
   * cycle of other aliases is not reported: the cycle is, on its members.
   */
  private boolean leadsBackTo(String start, TypeRef type, List<String> chain, Set<String> visited) {
    for (String name : namedTypesIn(type)) {
      if (name.equals(start)) {
        chain.add(name);
        return true;
      }
      if (types.get(name) instanceof TypeDeclaration.Alias next && visited.add(name)) {
        chain.add(name);
        if (leadsBackTo(start, next.target(), chain, visited)) {
          return true;
        }
        chain.remove(chain.size() - 1);
      }
    }
    return false;
  }

  private static List<String> namedTypesIn(TypeRef type) {
    if (type instanceof TypeRef.NamedType named) {
      return List.of(named.name());
    }
    if (type instanceof TypeRef.ListType list) {
      return namedTypesIn(list.element());
    }
    if (type instanceof TypeRef.NullableType nullable) {
      return namedTypesIn(nullable.inner());
    }
    if (type instanceof TypeRef.MapType map) {
      List<String> names = new ArrayList<>(namedTypesIn(map.key()));
      names.addAll(namedTypesIn(map.value()));
      return names;
    }
    return List.of();
  }

  private void checkFields(TypeDeclaration.Struct struct) {
    Map<String, Field> byName = new HashMap<>();
    Map<String, Field> byJsonName = new HashMap<>();
    for (Field field : struct.fields()) {
      checkName(field.name(), "field", field.location());
      Field first = byName.putIfAbsent(field.name(), field);
      if (first != null) {
        report(Rule.FIELD_DUPLICATE, field.location(), "type '" + struct.name() + "' has two fields named '"
            + field.name() + "'", "the first is at " + first.location().pointer() + "; remove or rename one");
      }
      Field sameJson = byJsonName.putIfAbsent(field.jsonName(), field);
      if (sameJson != null && first == null) {
        report(Rule.FIELD_DUPLICATE_JSON_NAME, at(field.location(), "/jsonName"), "fields '" + sameJson.name() + "' and '"
            + field.name() + "' of type '" + struct.name() + "' both have the JSON key '" + field.jsonName() + "'",
            "give each field its own jsonName");
      }
      checkTypeRef(field.type(), at(field.location(), "/type"));
    }
  }

  private void checkConstants() {
    for (Constant constant : spec.constants()) {
      if (constants.get(constant.name()) != constant) {
        continue;
      }
      SpecLocation typeLocation = at(constant.location(), "/type");
      SpecLocation valueLocation = at(constant.location(), "/value");
      if (checkTypeRef(constant.type(), typeLocation)) {
        checkConstantValue(constant, typeLocation, valueLocation);
      }
      constant.valueRef().ifPresent(ref -> checkValueRef(constant, ref));
    }
  }

  private void checkConstantValue(Constant constant, SpecLocation typeLocation, SpecLocation valueLocation) {
    TypeRef underlying = underlying(constant.type());
    if (underlying == PrimitiveType.STRING) {
      if (!(constant.value() instanceof ConstantValue.StringValue)) {
        report(Rule.CONSTANT_VALUE_TYPE, valueLocation, "constant '" + constant.name() + "' of type "
            + constant.type() + " has the number " + constant.value() + " as its value", "write the value as a JSON string");
      }
      return;
    }
    if (!(underlying instanceof PrimitiveType primitive) || !primitive.isInteger()) {
      report(Rule.CONSTANT_TYPE, typeLocation, "constant '" + constant.name() + "' has type " + constant.type()
          + (underlying.equals(constant.type()) ? "" : " (" + underlying + ")")
          + ", but constants must be strings or integers", "type it with string, an integer type or an alias of one");
      return;
    }
    if (!(constant.value() instanceof ConstantValue.IntegerValue integer)) {
      report(Rule.CONSTANT_VALUE_TYPE, valueLocation, "constant '" + constant.name() + "' of type " + constant.type()
          + " has the string " + constant.value() + " as its value", "write the value as a JSON number");
      return;
    }
    BigInteger value = integer.value();
    if (value.compareTo(primitive.minValue()) < 0 || value.compareTo(primitive.maxValue()) > 0) {
      report(Rule.CONSTANT_OUT_OF_RANGE, valueLocation, "constant '" + constant.name() + "' has the value " + value
          + ", which does not fit " + primitive + " (" + primitive.minValue() + " to " + primitive.maxValue() + ")",
          "use a wider type or fix the value");
    }
  }

  private void checkValueRef(Constant constant, String ref) {
    SpecLocation refLocation = at(constant.location(), "/valueRef");
    Constant target = constants.get(ref);
    if (target == null) {
      if (spec.malformedConstants().contains(ref)) {
        return; // declared, but its own errors are reported
      }
      report(Rule.CONSTANT_VALUE_REF_UNRESOLVED, refLocation, "constant '" + constant.name()
          + "' is defined as '" + ref + "', which is not a constant of this spec", "name an existing constant");
    } else if (!target.value().equals(constant.value())) {
      report(Rule.CONSTANT_VALUE_REF_MISMATCH, refLocation, "constant '" + constant.name() + "' has the value "
          + constant.value() + " but is defined as '" + ref + "', whose value is " + target.value(),
          "'value' must be the resolved value of 'valueRef'");
    }
  }

  private void checkVersion() {
    if (spec.serverVersion().isEmpty()) {
      return;
    }
    String version = spec.serverVersion().get().toString();
    Constant applicationVersion = constants.get("APPLICATION_VERSION");
    if (applicationVersion != null && applicationVersion.value() instanceof ConstantValue.StringValue text
        && !text.value().equals(version)) {
      report(Rule.VERSION_MISMATCH, at(applicationVersion.location(), "/value"), "APPLICATION_VERSION is '" + text.value()
          + "' but serverVersion is '" + version + "'", "both describe the same server version; make them agree");
    }
    String fileName = fileName(spec.file());
    if (fileName.matches("\\d+\\.\\d+\\.\\d+\\.json") && !fileName.equals(version + ".json")) {
      report(Rule.VERSION_MISMATCH, spec.locations().getOrDefault("/serverVersion", SpecLocation.ofFile(spec.file())), "the file is named '"
          + fileName + "' but its serverVersion is '" + version + "'", "rename the file or fix serverVersion");
    }
  }

  /** Reports unresolved names and bad map keys inside {@code type}; true when it is usable. */
  private boolean checkTypeRef(TypeRef type, SpecLocation location) {
    if (type instanceof TypeRef.NamedType named) {
      if (!types.containsKey(named.name())) {
        if (!spec.malformedTypes().contains(named.name())) { // else its declaration's errors are reported
          report(Rule.TYPE_UNRESOLVED, location, "type '" + named.name() + "' is not declared in this spec",
              nearest(named.name()).map(name -> "did you mean '" + name + "'?").orElse("declare it under 'types'"));
        }
        return false;
      }
      return true;
    }
    if (type instanceof TypeRef.ListType list) {
      return checkTypeRef(list.element(), location);
    }
    if (type instanceof TypeRef.NullableType nullable) {
      return checkTypeRef(nullable.inner(), location);
    }
    if (type instanceof TypeRef.MapType map) {
      boolean keyOk = checkTypeRef(map.key(), location);
      boolean valueOk = checkTypeRef(map.value(), location);
      if (keyOk && !isMapKey(map.key())) {
        report(Rule.TYPE_MAP_KEY, location, "the key type " + map.key() + " of " + map
            + " is not string or an integer type", "JSON object keys are text: use string or an integer type");
        return false;
      }
      return keyOk && valueOk;
    }
    return true;
  }

  private boolean isMapKey(TypeRef key) {
    TypeRef underlying = underlying(key);
    return underlying == PrimitiveType.STRING
        || underlying instanceof PrimitiveType primitive && primitive.isInteger();
  }

  private boolean isString(TypeRef type) {
    return underlying(type) == PrimitiveType.STRING;
  }

  /** Follows aliases to what they finally name; stops (and returns the name) on a cycle. */
  private TypeRef underlying(TypeRef type) {
    Set<String> seen = new HashSet<>();
    TypeRef current = type;
    while (current instanceof TypeRef.NamedType named
        && types.get(named.name()) instanceof TypeDeclaration.Alias alias
        && seen.add(named.name())) {
      current = alias.target();
    }
    return current;
  }

  private Optional<String> nearest(String name) {
    Function<String, String> key = text -> text.toLowerCase(java.util.Locale.ROOT);
    return types.keySet().stream().filter(candidate -> key.apply(candidate).equals(key.apply(name))).sorted().findFirst();
  }

  /**
   * Reports a name that is not an identifier of the format: ASCII letters, digits and '_', not
   * starting with a digit. Every such name has a Java name (the generator's naming rules, which
   * resolve keywords and collisions), so nothing else about it is checked here.
   */
  private void checkName(String name, String kind, SpecLocation location) {
    String problem = null;
    if (name.isEmpty()) {
      problem = "it is empty";
    } else if (Character.isDigit(name.charAt(0))) {
      problem = "it starts with a digit";
    } else if (!IDENTIFIER.matcher(name).matches()) {
      problem = "it contains characters other than ASCII letters, digits and '_'";
    }
    if (problem != null) {
      report(Rule.NAME_INVALID, at(location, "/name"), kind + " name '" + name + "' is not an identifier: " + problem,
          "names are ASCII letters, digits and '_', and do not start with a digit");
    }
  }

  /** Adds an event, unless the very same one (say, an undeclared type named twice in one expression) is there. */
  private void report(Rule rule, SpecLocation location, String message, String hint) {
    ValidationEvent event = ValidationEvent.of(rule, location, message, hint);
    if (!events.contains(event)) {
      events.add(event);
    }
  }

  /** The exact location of the value at {@code suffix} below {@code element}, if the parser saw it. */
  private SpecLocation at(SpecLocation element, String suffix) {
    String pointer = element.pointer() + suffix;
    return spec.locations().getOrDefault(pointer, element.withPointer(pointer));
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }
}
