package dev.cometsdk.generator;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The generator: a validated spec and options in, Java source files in memory out. It does no
 * I/O; {@link SourceWriter} is the one place that writes files. The same spec and options always
 * give byte-identical output.
 */
public final class CometGenerator {
  private final SinceIndex since;

  /** A generator that dates elements with the bundled history ({@link SinceIndex#bundled()}). */
  public CometGenerator() {
    this(SinceIndex.bundled());
  }

  public CometGenerator(SinceIndex since) {
    this.since = since;
  }

  /**
   * Every source file of the client for {@code spec}, sorted by path. The files are rendered in
   * parallel (on the common fork-join pool): each is a pure function of the spec and options, and
   * rendering is most of a generation's time.
   */
  public List<GeneratedFile> generate(ApiSpec spec, GeneratorOptions options) {
    GenerationContext context = new GenerationContext(spec, options, since);
    JavaSymbols symbols = context.symbols();
    Set<String> modelNames = spec.types().stream().filter(type -> symbols.hasModelClass(type.name()))
        .map(type -> symbols.modelClass(type.name()).simpleName()).collect(Collectors.toSet());
    List<Supplier<GeneratedFile>> renderings = new ArrayList<>();
    StructGenerator structs = new StructGenerator(context);
    ConstantsGenerator constants = new ConstantsGenerator(context);
    for (TypeDeclaration type : spec.types()) {
      if (type instanceof TypeDeclaration.Struct struct) {
        renderings.add(() -> javaFile(options.modelPackage(), structs.generate(struct), modelNames, spec));
      } else {
        List<Constant> ofAlias = spec.constantsOfType(type.name());
        if (!ofAlias.isEmpty()) {
          renderings.add(() -> javaFile(options.modelPackage(),
              constants.aliasClass((TypeDeclaration.Alias) type, ofAlias), modelNames, spec));
        }
      }
    }
    List<Constant> untyped = spec.constants().stream()
        .filter(constant -> constant.type() instanceof PrimitiveType)
        .collect(Collectors.toList());
    if (!untyped.isEmpty()) {
      renderings.add(() -> javaFile(options.packageName(),
          constants.primitiveConstantsClass(symbols.constantsClass(), untyped), modelNames, spec));
    }
    Map<String, MethodShape> shapes = new LinkedHashMap<>();
    spec.methods().forEach(method -> shapes.put(method.name(), new MethodShape(method, context)));
    RequestGenerator requests = new RequestGenerator(context);
    for (MethodShape shape : shapes.values()) {
      if (shape.hasRequestObject()) {
        renderings.add(() -> javaFile(options.requestsPackage(), requests.generate(shape), modelNames, spec));
      }
    }
    AreaGenerator areas = new AreaGenerator(context);
    for (JavaSymbols.Area area : symbols.areas()) {
      List<MethodShape> members = area.methods().stream().map(method -> shapes.get(method.name())).toList();
      renderings.add(() -> javaFile(options.packageName(), areas.generate(area, members), modelNames, spec));
    }
    if (!symbols.responseTypes().isEmpty()) {
      renderings.add(() -> javaFile(options.packageName(), new ResponseTypesGenerator(context).generate(), modelNames,
          spec));
    }
    renderings.add(() -> javaFile(options.packageName(), new ClientGenerator(context).generate(), modelNames, spec));
    List<GeneratedFile> files = renderings.parallelStream().map(Supplier::get)
        .collect(Collectors.toCollection(ArrayList::new));
    files.addAll(PackageDocs.generate(spec, options, !untyped.isEmpty()));
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    return List.copyOf(files);
  }

  /** The Java names of {@code spec}'s client, as {@link #generate} gives them. */
  public JavaSymbols symbols(ApiSpec spec, GeneratorOptions options) {
    return JavaSymbols.of(spec, options, since);
  }

  private static GeneratedFile javaFile(String packageName, TypeSpec type, Set<String> modelNames, ApiSpec spec) {
    Set<String> clashes = new TreeSet<>(modelNames);
    clashes.retainAll(Types.REFERENCED_SIMPLE_NAMES);
    TypeSpec qualified = clashes.isEmpty() ? type : type.toBuilder().alwaysQualify(clashes.toArray(String[]::new)).build();
    JavaFile file = JavaFile.builder(packageName, qualified)
        .addFileComment("Generated from the Comet Server $L API spec by the Comet SDK generator. Do not edit.",
            spec.serverVersion())
        .skipJavaLangImports(true)
        .build();
    String path = packageName.replace('.', '/') + "/" + type.name() + ".java";
    return new GeneratedFile(path, SourceTidy.tidy(file.toString()));
  }
}
