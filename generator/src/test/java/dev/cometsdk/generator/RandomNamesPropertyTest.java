package dev.cometsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cometsdk.spec.ApiSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any identifiers a spec may hold generate code that compiles: specs with random methods,
 * parameters, types, fields and constants, their names made of the words that collide in Java
 * (keywords, {@code Object}'s methods, the generated code's own members and locals, the forms'
 * suffixes, acronyms, underscores, digits), generated and compiled with every lint on and
 * {@code -Werror}. A second version that adds random names renames nothing that was there.
 *
 * <p>Each try of the first property compiles a small client (about a second); the default build
 * runs 10 tries of each (src/test/resources/junit-platform.properties), the README's exhaustive
 * run more ({@code -Djqwik.tries.default=300}).
 */
class RandomNamesPropertyTest {
  private static final List<String> WORDS = List.of("Class", "class", "Is", "is", "Async", "AsStream", "ToFile",
      "Request", "Builder", "Build", "build", "Close", "Wait", "HashCode", "Get", "Set", "Additional", "Properties",
      "Property", "That", "Other", "Target", "Response", "Default", "default", "_", "__", "1", "ID", "GUID", "Guid",
      "Call", "Transport", "Decoder", "String", "Object", "Server", "Url", "URL", "Value", "Admin", "Foo", "FOO",
      "x", "Equals", "ToString", "Notify", "Api", "Comet", "Constants", "Types", "var", "yield", "Integer", "S3",
      "IPv6", "VMs", "Unknown", "Fields", "Enum", "Map", "List", "Options", "Key", "record", "Suspended");
  private static final Set<String> GRAMMAR = Set.of("string", "bool", "int", "int8", "int16", "int32", "int64",
      "uint", "uint8", "uint16", "uint32", "uint64", "byte", "float32", "float64", "bytes", "any", "list", "map",
      "nullable");
  private static final List<String> FIELD_TYPES = List.of("string", "bool", "int64", "list<string>", "Holder");

  @Property
  void randomIdentifiersGenerateCodeThatCompiles(@ForAll("names") List<String> names) throws IOException {
    ApiSpec spec = specWith(names, "25.6.8").load();
    Path classes = Files.createTempDirectory("random-names");
    NewestSpecCompilesTest.assertCompiles(spec, new CometGenerator().generate(spec, GeneratorOptions.defaults()),
        classes);
  }

  @Property
  void randomNamesAddedLaterRenameNothing(@ForAll("names") List<String> first, @ForAll("names") List<String> added) {
    ApiSpec before = specWith(first, "25.6.8").load();
    List<String> both = new ArrayList<>(first);
    both.addAll(added);
    ApiSpec after = specWith(both, "25.9.6").load();
    Map<String, String> namesBefore = NameListing.of(JavaMapping.of(before).symbols());
    Map<String, String> namesAfter = NameListing.of(JavaMapping.of(after, before).symbols());
    namesBefore.forEach((element, name) -> assertEquals(name, namesAfter.get(element), element));
  }

  @Provide
  Arbitrary<List<String>> names() {
    Arbitrary<String> identifier = Combinators.combine(
            Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of("", "_"))
        .as((words, separator) -> String.join(separator, words))
        .filter(name -> !Character.isDigit(name.charAt(0)));
    return identifier.list().ofMinSize(4).ofMaxSize(24);
  }

  /**
   * A spec whose elements take {@code names} in turn: a method, a parameter of the last method, a
   * type, a field, a constant, and so on, so that every kind of element meets every word. Names
   * a scope has already are skipped (the spec format requires unique names). Appending names only
   * adds elements: every element of the shorter list keeps its place and facts.
   */
  static SpecEdits specWith(List<String> names, String version) {
    SpecEdits edits = SpecEdits.empty(version)
        .struct("Holder", "Status:int64", "Message:string")
        .alias("Kind", "int32");
    Map<String, Set<String>> methods = new LinkedHashMap<>();
    Set<String> types = new LinkedHashSet<>(List.of("Holder", "Kind"));
    Set<String> fields = new LinkedHashSet<>();
    Set<String> constants = new LinkedHashSet<>();
    String lastMethod = null;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      switch (i % 5) {
        case 0 -> {
          if (methods.putIfAbsent(name, new LinkedHashSet<>()) == null) {
            lastMethod = name;
          }
        }
        case 1 -> {
          if (lastMethod != null) {
            methods.get(lastMethod).add(name);
          }
        }
        case 2 -> {
          if (!GRAMMAR.contains(name)) {
            types.add(name);
          }
        }
        case 3 -> fields.add(name);
        default -> constants.add(name);
      }
    }
    List<String> fieldList = new ArrayList<>();
    int typeIndex = 0;
    for (String field : fields) {
      fieldList.add(field + ":" + FIELD_TYPES.get(typeIndex++ % FIELD_TYPES.size()));
    }
    edits.fields("Holder", fieldList.toArray(String[]::new));
    for (String type : types) {
      if (!type.equals("Holder") && !type.equals("Kind")) {
        edits.struct(type, "Value:string", "Next:Holder");
      }
    }
    int constant = 0;
    for (String name : constants) {
      edits.constant(name, "Kind", constant++);
    }
    int method = 0;
    for (Map.Entry<String, Set<String>> entry : methods.entrySet()) {
      String name = entry.getKey();
      List<String> declared = new ArrayList<>();
      int p = 0;
      for (String param : entry.getValue()) {
        declared.add(param + ":" + (p % 2 == 0 ? "string" : "int64") + (p % 3 == 2 ? "?" : ""));
        p++;
      }
      String folder = name.toLowerCase(Locale.ROOT).replace("_", "");
      edits.method(name, "/api/v1/" + (method % 2 == 0 ? "admin/" : "") + (folder.isEmpty() ? "x" : folder) + "/"
          + method, method % 3 == 2 ? "bytes" : "Holder", declared.toArray(String[]::new));
      method++;
    }
    return edits;
  }
}
