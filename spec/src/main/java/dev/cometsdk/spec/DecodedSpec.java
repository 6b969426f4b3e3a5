package dev.cometsdk.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The well-formed elements of a spec file, before the semantic checks, with the location of every
 * JSON value by pointer so that a check can point at the exact key it is about.
 */
record DecodedSpec(
    Optional<ServerVersion> serverVersion,
    List<ApiMethod> methods,
    List<TypeDeclaration> types,
    List<Constant> constants,
    String file,
    Map<String, SpecLocation> locations) {}
