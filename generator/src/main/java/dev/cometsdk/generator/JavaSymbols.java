package dev.cometsdk.generator;

import com.palantir.javapoet.ClassName;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.ServerVersion;
import dev.cometsdk.spec.SpecLocation;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import dev.cometsdk.generator.NameScope.Precedence;

/**
 * Every Java name of the code generated for one spec, decided once and in this one place: packages,
 * classes, fields, accessors, builder methods, parameters, request classes, client methods and
 * their {@code Async} forms, private helpers, decoders, constants and the local variables that
 * generated code declares. The generators, the differ's Java verdicts and the OpenAPI export ask
 * it; nothing else turns a spec name into a Java name. The rules are in {@code docs/java-names.md}.
 *
 * <p>Each namespace of the generated code is a {@link NameScope}: the names the generated code
 * needs for itself are reserved first, then spec elements claim theirs, collisions settled by
 * {@link NameScope.Precedence}, whose first key is the element's age, so that a name added in a
 * later server version never takes the Java name of one that was there before. Every spec element
 * whose Java name is not the usual one is listed in {@link #renames()}.
 */
public final class JavaSymbols {
  /** The Java names of one field of a data structure. */
  public record FieldSymbols(String field, String getter, String setter) {}

  /**
   * The variables that a request class declares besides its fields (named after the parameters).
   *
   * @param builder the constructor's parameter
   * @param equalsParameter the parameter of {@code equals}
   * @param equalsLocal the cast local of {@code equals}
   */
  public record RequestLocals(String builder, String equalsParameter, String equalsLocal) {}

  /** The Java names of one parameter: the variable, the request builder's method and the request's getter. */
  public record ParamSymbols(String variable, String builderMethod, String getter) {}

  /**
   * The Java names of one data structure's class.
   *
   * @param equalsParameter the parameter of {@code equals}, clear of the field names
   * @param equalsLocal the cast local of {@code equals}, clear of the field names
   */
  public record StructSymbols(ClassName type, ClassName decoder, Map<String, FieldSymbols> fields,
      String unknownFields, String equalsParameter, String equalsLocal) {
    public FieldSymbols field(Field field) {
      return fields.get(field.name());
    }
  }

  /**
   * The Java names of one API method.
   *
   * @param asStream the stream form of a download; empty for other methods
   * @param toFile the file form of a download; empty for other methods
   * @param callFactory the private helper that builds the request
   * @param requestClass the request object's class, for a method with optional parameters
   * @param area the interface that declares the method
   * @param requestParameter the parameter of the forms that take a request object
   * @param targetParameter the file parameter of the {@code ToFile} form
   * @param responseLocal the local that holds a session-start response
   * @param locals the names that the request class's code declares besides the parameters
   */
  public record MethodSymbols(String blocking, String async, Optional<String> asStream, Optional<String> toFile,
      String callFactory, Optional<ClassName> requestClass, ClassName area, Map<String, ParamSymbols> params,
      String requestParameter, String targetParameter, String responseLocal, RequestLocals locals) {
    public ParamSymbols param(Parameter param) {
      return params.get(param.name());
    }
  }

  /**
   * An area of the API: the methods under one folder of the path, at most two levels below
   * {@code /api/v1/} ({@code admin}, {@code admin/dispatcher}, {@code user/web}), declared by one
   * interface of the client.
   */
  public record Area(String folder, ClassName type, List<ApiMethod> methods) {}

  static final String CONSTANTS_CLASS = "CometConstants";
  static final String RESPONSE_TYPES_CLASS = "ResponseTypes";
  private static final String API_ROOT = "/api/v1/";
  /** The suffixes of the forms of a client method; no method's own name may end with one. */
  private static final List<String> FORM_SUFFIXES = List.of("Async", "AsStream", "ToFile");
  private static final String CLIENT_MEMBER = "a method every client has";
  private static final String OBJECT_METHOD = "a method of java.lang.Object";

  private final ApiSpec spec;
  private final GeneratorOptions options;
  private final SinceIndex since;
  private final List<Rename> renames = new ArrayList<>();
  private final Map<String, ClassName> modelClasses = new HashMap<>();
  private final Map<String, StructSymbols> structs = new HashMap<>();
  private final Map<String, MethodSymbols> methods = new HashMap<>();
  private final Map<String, Map<String, String>> constants = new HashMap<>();
  private final Map<String, ResponseType> responseTypes = new TreeMap<>();
  private final Map<String, Area> areas = new TreeMap<>();

  private JavaSymbols(ApiSpec spec, GeneratorOptions options, SinceIndex since) {
    this.spec = spec;
    this.options = options;
    this.since = since;
    nameModelClasses();
    nameStructs();
    nameConstants();
    Map<String, ClassName> requestClasses = nameRequestClasses();
    Map<String, ClassName> areaTypes = nameAreas();
    nameMethods(requestClasses, areaTypes);
    nameResponseTypes();
    renames.sort(Comparator.comparing(Rename::location, Comparator.comparingInt(SpecLocation::line)
        .thenComparingInt(SpecLocation::column).thenComparing(SpecLocation::pointer)).thenComparing(Rename::javaKind));
  }

  /**
   * The names of {@code spec}'s generated code.
   *
   * @param since the first server version of each element: older elements keep their names when
   *     a newer one would take them
   */
  public static JavaSymbols of(ApiSpec spec, GeneratorOptions options, SinceIndex since) {
    return new JavaSymbols(spec, options, since);
  }

  public ApiSpec spec() {
    return spec;
  }

  public GeneratorOptions options() {
    return options;
  }

  public ClassName client() {
    return ClassName.get(options.packageName(), options.clientName());
  }

  /** The class of constants typed with a primitive. */
  public ClassName constantsClass() {
    return ClassName.get(options.packageName(), CONSTANTS_CLASS);
  }

  /** The package-private holder of the client's response types. */
  ClassName responseTypesClass() {
    return ClassName.get(options.packageName(), RESPONSE_TYPES_CLASS);
  }

  /** The class of a struct, or of an alias with constants. */
  public ClassName modelClass(String typeName) {
    ClassName name = modelClasses.get(typeName);
    if (name == null) {
      throw new IllegalArgumentException("type '" + typeName + "' has no Java class");
    }
    return name;
  }

  public boolean hasModelClass(String typeName) {
    return modelClasses.containsKey(typeName);
  }

  public StructSymbols struct(TypeDeclaration.Struct struct) {
    return structs.get(struct.name());
  }

  public MethodSymbols method(ApiMethod method) {
    return methods.get(method.name());
  }

  /** The Java field name of a constant. */
  public String constant(Constant constant) {
    return constants.get(constantOwnerKey(constant)).get(constant.name());
  }

  /** The class that holds a constant: its alias's class, or {@link #constantsClass()}. */
  public ClassName constantOwner(Constant constant) {
    return constant.type() instanceof TypeRef.NamedType named ? modelClass(named.name()) : constantsClass();
  }

  /** The name of the {@code TypeReference} constant for a JSON response of {@code type}. */
  String responseType(TypeRef type) {
    return responseTypes.get(type.toString()).name();
  }

  /** Every JSON response type of the client's methods, once each, by the text of the type. */
  Map<String, ResponseType> responseTypes() {
    return responseTypes;
  }

  /** One response type and the name of its {@code TypeReference} constant. */
  record ResponseType(TypeRef type, String name) {}

  /** The areas of the API, by folder. */
  public List<Area> areas() {
    return List.copyOf(areas.values());
  }

  /** The folder of the method's area ({@code admin/dispatcher}), as the OpenAPI export tags it. */
  public static String areaFolder(ApiMethod method) {
    String root = method.path().startsWith(API_ROOT) ? API_ROOT : "/";
    String[] parts = method.path().substring(root.length()).split("/", -1);
    int folders = Math.min(2, parts.length - 1);
    return String.join("/", List.of(parts).subList(0, Math.max(0, folders)));
  }

  /** Every element whose Java name differs from the usual one, in file order. */
  public List<Rename> renames() {
    return List.copyOf(renames);
  }

  // --- classes ------------------------------------------------------------------------------

  private void nameModelClasses() {
    NameScope scope = new NameScope(true);
    for (TypeDeclaration type : spec.types()) {
      if (type instanceof TypeDeclaration.Alias && spec.constantsOfType(type.name()).isEmpty()) {
        continue;
      }
      String usual = type.name();
      String element = "type '" + type.name() + "'";
      String wanted = usual;
      String reason = null;
      if (ReservedNames.isKeyword(usual)) {
        wanted = usual + "_";
        reason = "'" + usual + "' is a Java keyword";
      } else if (ReservedNames.JAVA_LANG_TYPES.contains(usual)) {
        wanted = usual + "_";
        reason = "a class '" + usual + "' would hide java.lang." + usual + " wherever the model package is imported";
      }
      String why = reason;
      String asked = wanted;
      scope.claim(asked, precedence(typeAge(type), 0, true, type.name()), element, (name, holder) -> {
        modelClasses.put(type.name(), ClassName.get(options.modelPackage(), name));
        note(element, type.location(), "class", usual, asked, name, why, holder, "differs only in case from the class of ");
      });
    }
    scope.resolve();
  }

  private Map<String, ClassName> nameRequestClasses() {
    NameScope scope = new NameScope(true);
    Map<String, ClassName> classes = new HashMap<>();
    for (ApiMethod method : spec.methods()) {
      if (method.params().stream().noneMatch(Parameter::optional)) {
        continue;
      }
      String usual = typeName(NameWords.of(method.name())) + "Request";
      String element = "method '" + method.name() + "'";
      scope.claim(usual, precedence(methodAge(method), 0, isCanonical(method.name()), method.name()), element,
          (name, holder) -> {
            classes.put(method.name(), ClassName.get(options.requestsPackage(), name));
            note(element, method.location(), "request class", usual, usual, name, null, holder, "is taken by the request class of ");
          });
    }
    scope.resolve();
    return classes;
  }

  private Map<String, ClassName> nameAreas() {
    Map<String, List<ApiMethod>> byFolder = new TreeMap<>();
    spec.methods().forEach(method -> byFolder.computeIfAbsent(areaFolder(method), f -> new ArrayList<>()).add(method));
    NameScope scope = new NameScope(true)
        .reserve("the client class", options.clientName())
        .reserve("a class the generated code needs", CONSTANTS_CLASS, RESPONSE_TYPES_CLASS)
        .reserve("a class the generated code imports", Types.REFERENCED_SIMPLE_NAMES);
    Map<String, ClassName> byMethod = new HashMap<>();
    byFolder.forEach((folder, members) -> {
      List<String> words = NameWords.of(folder);
      String wanted = (words.isEmpty() ? "Root" : typeName(words)) + "Api";
      ServerVersion age = members.stream().map(this::methodAge).min(Comparator.naturalOrder()).orElseThrow();
      scope.claim(wanted, precedence(age, 0, true, folder), "the area " + folder, (name, holder) -> {
        ClassName type = ClassName.get(options.packageName(), name);
        areas.put(folder, new Area(folder, type, List.copyOf(members)));
        members.forEach(method -> byMethod.put(method.name(), type));
      });
    });
    scope.resolve();
    return byMethod;
  }

  // --- data structures ----------------------------------------------------------------------

  private void nameStructs() {
    for (TypeDeclaration type : spec.types()) {
      if (type instanceof TypeDeclaration.Struct struct) {
        structs.put(struct.name(), nameStruct(struct));
      }
    }
  }

  private StructSymbols nameStruct(TypeDeclaration.Struct struct) {
    ClassName type = modelClass(struct.name());
    // Accessors are claimed by their stem, so that a getter and its setter always agree.
    NameScope stems = new NameScope(false)
        .reserve("reserved, as getClass() is a method of java.lang.Object", "Class")
        .reserve("reserved for the accessors of unknown fields that every data class has", "AdditionalProperties",
            "AdditionalProperty");
    NameScope fields = new NameScope(false).reserve("the private map of unknown fields", "additionalProperties");
    Map<String, String> stemOf = new HashMap<>();
    Map<String, String> fieldOf = new HashMap<>();
    for (Field field : struct.fields()) {
      List<String> words = NameWords.of(field.name());
      boolean bool = spec.resolveAliases(field.type()) == PrimitiveType.BOOL;
      boolean dropIs = bool && words.size() > 1 && words.get(0).equalsIgnoreCase("is");
      String stem = typeName(dropIs ? words.subList(1, words.size()) : words);
      String prefix = bool ? "is" : "get";
      String element = "field '" + field.name() + "' of type '" + struct.name() + "'";
      Precedence precedence = precedence(fieldAge(struct, field), dropIs ? 1 : 0, isCanonical(field.name()),
          field.name());
      stems.claim(stem, precedence, element, (name, holder) -> {
        stemOf.put(field.name(), name);
        note(element, field.location(), "getter", prefix + stem, prefix + stem, prefix + name, null, holder,
            "is the name of ");
      });
      fields.claim(variableName(words), precedence, element, (name, holder) -> fieldOf.put(field.name(), name));
    }
    stems.resolve();
    fields.resolve();
    Map<String, FieldSymbols> symbols = new LinkedHashMap<>();
    for (Field field : struct.fields()) {
      String stem = stemOf.get(field.name());
      boolean bool = spec.resolveAliases(field.type()) == PrimitiveType.BOOL;
      symbols.put(field.name(), new FieldSymbols(fieldOf.get(field.name()), (bool ? "is" : "get") + stem, "set" + stem));
    }
    NameScope locals = new NameScope(false).reserve("a field", fieldOf.values());
    String[] equalsNames = new String[2];
    locals.claim("other", localPrecedence(0), "", (name, holder) -> equalsNames[0] = name);
    locals.claim("that", localPrecedence(1), "", (name, holder) -> equalsNames[1] = name);
    locals.resolve();
    NameScope nested = new NameScope(false).reserve("the class itself", type.simpleName());
    String[] decoder = new String[1];
    nested.claim("Decoder", localPrecedence(0), "", (name, holder) -> decoder[0] = name);
    nested.resolve();
    return new StructSymbols(type, type.nestedClass(decoder[0]), symbols, "additionalProperties", equalsNames[0],
        equalsNames[1]);
  }

  // --- constants ----------------------------------------------------------------------------

  private void nameConstants() {
    Map<String, NameScope> scopes = new TreeMap<>();
    for (Constant constant : spec.constants()) {
      String owner = constantOwnerKey(constant);
      NameScope scope = scopes.computeIfAbsent(owner, key -> new NameScope(false));
      String usual = constant.name();
      String wanted = ReservedNames.isKeyword(usual) ? usual + "_" : usual;
      String reason = wanted.equals(usual) ? null : "'" + usual + "' is a Java keyword";
      String element = "constant '" + constant.name() + "'";
      scope.claim(wanted, precedence(constantAge(constant), 0, true, constant.name()), element, (name, holder) -> {
        constants.computeIfAbsent(owner, key -> new HashMap<>()).put(constant.name(), name);
        note(element, constant.location(), "constant", usual, wanted, name, reason, holder, "is the name of ");
      });
    }
    scopes.values().forEach(NameScope::resolve);
  }

  private static String constantOwnerKey(Constant constant) {
    return constant.type() instanceof TypeRef.NamedType named ? named.name() : "";
  }

  // --- methods and parameters ---------------------------------------------------------------

  private void nameMethods(Map<String, ClassName> requestClasses, Map<String, ClassName> areaTypes) {
    NameScope members = new NameScope(false)
        .reserve(CLIENT_MEMBER, "builder", "close", "serverUrl", "transport")
        .reserve(OBJECT_METHOD, ReservedNames.OBJECT_METHODS);
    Map<String, String[]> forms = new HashMap<>();
    for (ApiMethod method : spec.methods()) {
      String[] names = new String[4];
      forms.put(method.name(), names);
      String natural = variableName(NameWords.of(method.name()));
      String element = "method '" + method.name() + "'";
      String suffix = FORM_SUFFIXES.stream().filter(natural::endsWith).findFirst().orElse(null);
      String wanted = suffix == null ? natural : natural + "_";
      String reason = suffix == null ? null : "a method's own name never ends with '" + suffix
          + "', so that it can never be the " + suffix + " form of another method";
      ServerVersion age = methodAge(method);
      boolean canonical = isCanonical(method.name());
      members.claim(wanted, precedence(age, 0, canonical, method.name()), element, (name, holder) -> {
        names[0] = name;
        note(element, method.location(), "Java method", natural, wanted, name, reason, holder, "is the name of ");
      });
      List<String> formSuffixes = method.returnsBytes() ? FORM_SUFFIXES : List.of("Async");
      for (String form : formSuffixes) {
        int slot = 1 + FORM_SUFFIXES.indexOf(form);
        members.claim(natural + form, precedence(age, 1, canonical, method.name()), element, (name, holder) -> {
          names[slot] = name;
          note(element, method.location(), "Java method", natural + form, natural + form, name, null, holder, "is the name of ");
        });
      }
    }
    members.resolve();
    NameScope helpers = new NameScope(false).reserve("a public method of the client", publicNames(forms));
    Map<String, String> factories = new HashMap<>();
    for (ApiMethod method : spec.methods()) {
      helpers.claim(variableName(NameWords.of(method.name())) + "Call", localPrecedence(0), "",
          (name, holder) -> factories.put(method.name(), name));
    }
    helpers.resolve();
    for (ApiMethod method : spec.methods()) {
      String[] names = forms.get(method.name());
      Map<String, ParamSymbols> params = nameParams(method, requestClasses.containsKey(method.name()));
      NameScope locals = new NameScope(false).reserve("a parameter",
          params.values().stream().map(ParamSymbols::variable).toList());
      List<String> wanted = List.of("request", "target", "response", "builder", "other", "that");
      String[] local = new String[wanted.size()];
      for (int i = 0; i < wanted.size(); i++) {
        int slot = i;
        locals.claim(wanted.get(i), localPrecedence(i), "", (name, holder) -> local[slot] = name);
      }
      locals.resolve();
      methods.put(method.name(), new MethodSymbols(names[0], names[1], Optional.ofNullable(names[2]),
          Optional.ofNullable(names[3]), factories.get(method.name()),
          Optional.ofNullable(requestClasses.get(method.name())), areaTypes.get(method.name()), params, local[0],
          local[1], local[2], new RequestLocals(local[3], local[4], local[5])));
    }
  }

  private static List<String> publicNames(Map<String, String[]> forms) {
    List<String> names = new ArrayList<>(List.of("builder", "close", "serverUrl", "transport"));
    forms.values().forEach(form -> {
      for (String name : form) {
        if (name != null) {
          names.add(name);
        }
      }
    });
    return names;
  }

  private Map<String, ParamSymbols> nameParams(ApiMethod method, boolean hasRequestClass) {
    NameScope variables = new NameScope(false);
    NameScope builderMethods = new NameScope(false)
        .reserve("the request builder's build()", "build")
        .reserve(OBJECT_METHOD, ReservedNames.OBJECT_METHODS);
    NameScope getters = new NameScope(false)
        .reserve(OBJECT_METHOD, ReservedNames.OBJECT_METHODS)
        .reserve("the request class's builder()", "builder");
    Map<String, String[]> names = new HashMap<>();
    for (Parameter param : method.params()) {
      String[] slots = new String[3];
      names.put(param.name(), slots);
      List<String> words = NameWords.of(param.name());
      String variable = variableName(words);
      String element = "parameter '" + param.name() + "' of method '" + method.name() + "'";
      Precedence precedence = precedence(paramAge(method, param), 0, isCanonical(param.name()), param.name());
      String plain = NameWords.lowerCamel(words);
      String keywordReason = ReservedNames.isKeyword(plain) ? "'" + plain + "' is a Java keyword" : null;
      variables.claim(variable, precedence, element, (name, holder) -> {
        slots[0] = name;
        note(element, param.location(), "Java parameter", plain, variable, name, keywordReason, holder, "is the name of ");
      });
      builderMethods.claim(variable, precedence, element, (name, holder) -> {
        slots[1] = name;
        if (hasRequestClass && param.optional()) {
          note(element, param.location(), "request builder method", plain, variable, name, keywordReason, holder,
              "is the name of ");
        }
      });
      String getter = "get" + typeName(words);
      getters.claim(getter, precedence, element, (name, holder) -> {
        slots[2] = name;
        if (hasRequestClass) {
          note(element, param.location(), "request getter", getter, getter, name, null, holder, "is the name of ");
        }
      });
    }
    variables.resolve();
    builderMethods.resolve();
    getters.resolve();
    Map<String, ParamSymbols> params = new LinkedHashMap<>();
    for (Parameter param : method.params()) {
      String[] slots = names.get(param.name());
      params.put(param.name(), new ParamSymbols(slots[0], slots[1], slots[2]));
    }
    return params;
  }

  /** The response types' constants: {@code map<string,UserProfileConfig>} is {@code MAP_OF_STRING_TO_USER_PROFILE_CONFIG}. */
  private void nameResponseTypes() {
    NameScope scope = new NameScope(false);
    Map<String, TypeRef> distinct = new TreeMap<>();
    spec.methods().stream().filter(method -> !method.returnsBytes())
        .forEach(method -> distinct.putIfAbsent(method.returns().toString(), method.returns()));
    distinct.forEach((text, type) -> scope.claim(NameWords.upperSnake(typeWords(type)), localPrecedence(0), "",
        (name, holder) -> responseTypes.put(text, new ResponseType(type, name))));
    scope.resolve();
  }

  private static List<String> typeWords(TypeRef type) {
    List<String> words = new ArrayList<>();
    if (type instanceof TypeRef.ListType list) {
      words.add("list");
      words.add("of");
      words.addAll(typeWords(list.element()));
    } else if (type instanceof TypeRef.MapType map) {
      words.add("map");
      words.add("of");
      words.addAll(typeWords(map.key()));
      words.add("to");
      words.addAll(typeWords(map.value()));
    } else if (type instanceof TypeRef.NullableType nullable) {
      words.add("nullable");
      words.addAll(typeWords(nullable.inner()));
    } else {
      words.addAll(NameWords.of(type.toString()));
    }
    return words;
  }

  // --- the rules shared by every kind of name -----------------------------------------------

  /**
   * A variable, field or method name: lower camel case of the words, {@code _} before a leading
   * digit, {@code _} after a keyword, {@code unnamed} for a name without letters or digits.
   */
  static String variableName(List<String> words) {
    String name = NameWords.lowerCamel(words);
    if (name.isEmpty()) {
      return "unnamed";
    }
    if (Character.isDigit(name.charAt(0))) {
      return "_" + name;
    }
    return ReservedNames.isKeyword(name) ? name + "_" : name;
  }

  /** A class name or accessor stem: upper camel case of the words ({@code Unnamed} without any). */
  static String typeName(List<String> words) {
    String name = NameWords.upperCamel(words);
    return name.isEmpty() ? "Unnamed" : name;
  }

  /** Whether the spec name is already spelt as its Java name is ({@code SourceGuid}, not {@code SourceGUID}). */
  private static boolean isCanonical(String specName) {
    return NameWords.upperCamel(NameWords.of(specName)).equals(specName);
  }

  private static Precedence precedence(ServerVersion age, int derived, boolean canonical, String specName) {
    return new Precedence(age, derived, canonical, specName);
  }

  /** Generated names of the code's own, which claim in a fixed order after every spec name. */
  private Precedence localPrecedence(int order) {
    return new Precedence(spec.serverVersion(), order, true, "");
  }

  private ServerVersion methodAge(ApiMethod method) {
    return since.method(method).orElse(spec.serverVersion());
  }

  private ServerVersion paramAge(ApiMethod method, Parameter param) {
    return since.param(method, param).orElse(spec.serverVersion());
  }

  private ServerVersion typeAge(TypeDeclaration type) {
    return since.type(type).orElse(spec.serverVersion());
  }

  private ServerVersion fieldAge(TypeDeclaration.Struct struct, Field field) {
    return since.field(struct, field).orElse(spec.serverVersion());
  }

  private ServerVersion constantAge(Constant constant) {
    return since.constant(constant).orElse(spec.serverVersion());
  }

  /**
   * Records a rename when the name given is not the usual one: for {@code reason} (the wanted
   * name already differed), or because {@code holder} held it.
   */
  private void note(String element, SpecLocation location, String javaKind, String usual, String wanted,
      String given, String reason, String holder, String holderPrefix) {
    if (given.equals(usual)) {
      return;
    }
    List<String> why = new ArrayList<>();
    if (reason != null) {
      why.add(reason);
    }
    if (holder != null) {
      why.add(holder.startsWith("a ") || holder.startsWith("the ") || holder.startsWith("reserved")
          ? "'" + wanted + "' is " + holder
          : "'" + wanted + "' " + holderPrefix + holder + ", which keeps it");
    }
    renames.add(new Rename(element, location, javaKind, usual, given, String.join("; ", why)));
  }
}
