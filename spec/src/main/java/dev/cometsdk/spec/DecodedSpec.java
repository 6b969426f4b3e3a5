package dev.cometsdk.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The well-formed elements of a spec file, before the semantic checks, with the location of every
 * JSON value by pointer so that a check can point at the exact key it is about.
 *
 * @param malformedTypes names of types that are declared but were left out as malformed (already
 *     reported): a reference to one is not "undeclared"
 * @param malformedConstants the same for constants
 */
record DecodedSpec(
    Optional<ServerVersion> serverVersion,
    List<ApiMethod> methods,
    List<TypeDeclaration> types,
    List<Constant> constants,
    Set<String> malformedTypes,
    Set<String> malformedConstants,
    String file,
    Map<String, SpecLocation> locations) {}
